// GraphFilter (kinds, relationship types, date range) checked and turned into query parameters.
import { domainError } from './db/errors.js';
import { dateRange, isPartialDate } from '../domain/dates.js';
import type { GraphFilter } from './schema/generated.js';

export interface FilterParams {
  kinds: string[] | null;
  types: string[] | null;
  /** First day of the range (the start of a partial `from`). */
  from: string | null;
  /** Last day of the range (the end of a partial `to`). */
  to: string | null;
}

function checkDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isPartialDate(value))
    throw domainError('BAD_USER_INPUT', `${name} must be an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`, {
      argument: name,
    });
  return value;
}

export function toDateParams(
  fromInput: string | null | undefined,
  toInput: string | null | undefined,
  prefix = '',
): { from: string | null; to: string | null } {
  const from = checkDate(`${prefix}from`, fromInput);
  const to = checkDate(`${prefix}to`, toInput);
  const range = { from: from ? dateRange(from).start : null, to: to ? dateRange(to).end : null };
  if (range.from && range.to && range.from > range.to) {
    throw domainError('BAD_USER_INPUT', `${prefix}from (${from}) is after ${prefix}to (${to})`, { argument: `${prefix}from` });
  }
  return range;
}

const nonEmpty = (list: string[] | null | undefined) => (list && list.length > 0 ? list : null);

export function toFilterParams(filter: GraphFilter | null | undefined): FilterParams {
  return {
    kinds: nonEmpty(filter?.kinds),
    types: nonEmpty(filter?.types),
    ...toDateParams(filter?.from, filter?.to, 'filter.'),
  };
}
