// "Add a report": paste the text or choose a file, say what is known about it, and take it in. What was typed stays
// in the form until the report is taken in (a refusal, or closing the screen, loses nothing); the server's refusal
// is shown beside the button in its own words.
import { DATE_FORMAT_HINT } from '../../domain/dates.js';
import { button, clearError, el, errorBox, showError } from './dom.js';
import { setOptions, textField } from './form-kit.js';
import { refuse } from './form-shell.js';
import type { IngestOutcome } from './report-api.js';
import { readFileBase64 } from './report-file.js';
import { ACCEPTED_FILES, reportInput, reportProblems, sizeLabel, type ReportFormValues } from './report-input.js';
import type { ReportInput } from './report-types.js';

export interface ReportFormContext {
  ingest: (input: ReportInput) => Promise<IngestOutcome>;
  /** The cases the database holds; a choice is offered only when there is more than one. */
  cases: () => Promise<string[]>;
  /** The report was taken in (or had been before): open its review. */
  opened: (outcome: IngestOutcome) => void;
}

function fileField() {
  const row = el('div', undefined, 'field report-file');
  const input = Object.assign(el('input'), { type: 'file', name: 'file', accept: ACCEPTED_FILES, id: 'report-file-input' });
  const label = Object.assign(el('label', 'Or a file: .txt, .html or .pdf (at most 10 MB)', 'field-label'), { htmlFor: input.id });
  const chosen = el('span', '', 'hint');
  const clear = button('Clear file', () => {
    input.value = '';
    update();
  });
  const update = () => {
    const file = input.files?.[0];
    chosen.textContent = file ? `${file.name} · ${sizeLabel(file.size)}` : '';
    clear.hidden = !file;
  };
  input.addEventListener('change', update);
  update();
  const line = el('div', undefined, 'file-line');
  line.append(input, clear);
  row.append(label, line, chosen);
  return { row, input, reset: () => ((input.value = ''), update()) };
}

export function reportForm(context: ReportFormContext): HTMLFormElement {
  const form = el('form', undefined, 'edit-form report-form');
  form.noValidate = true;
  form.dataset.form = 'report';
  const text = Object.assign(el('textarea'), { name: 'text', rows: 14, id: 'report-text-input' });
  text.placeholder = 'Paste the report’s text here: the article, the press release, the court notice…';
  const textRow = el('div', undefined, 'field report-paste');
  textRow.append(Object.assign(el('label', 'The report’s text', 'field-label'), { htmlFor: text.id }), text);
  const file = fileField();
  const title = textField('Title', '', { name: 'title', hint: 'From the HTML or PDF, or the first line, when left empty.' });
  const url = textField('URL', '', { name: 'url', placeholder: 'https://…' });
  const date = textField('Date published', '', {
    name: 'date',
    placeholder: '2017-10-02',
    hint: `${DATE_FORMAT_HINT}; dates in the text without a year are read against it.`,
  });
  const publisher = textField('Publisher', '', { name: 'publisher' });
  const caseSelect = Object.assign(el('select'), { name: 'caseId', id: 'report-case' });
  const caseRow = el('div', undefined, 'field');
  caseRow.append(Object.assign(el('label', 'Case', 'field-label'), { htmlFor: caseSelect.id }), caseSelect);
  caseRow.hidden = true;
  // Read when the form opens and again when the server asks for a case: another editor may have started one since.
  const loadCases = () =>
    context
      .cases()
      .then((ids) => {
        setOptions(
          caseSelect,
          ids.map((id) => ({ value: id, label: id })),
          caseSelect.value,
          'Choose the case…',
        );
        caseRow.hidden = ids.length < 2;
      })
      .catch(() => undefined);
  void loadCases();

  const source = el('div', undefined, 'report-source');
  source.append(textRow, file.row);
  const details = el('fieldset', undefined, 'report-details');
  details.append(el('legend', 'About the report (optional)'), title.row, url.row, date.row, publisher.row, caseRow);
  const grid = el('div', undefined, 'report-form-grid');
  grid.append(source, details);

  const error = errorBox();
  const submit = Object.assign(el('button', 'Take in the report'), { type: 'submit' as const });
  const progress = el('span', '', 'report-progress');
  progress.setAttribute('role', 'status');
  const actions = el('div', undefined, 'actions');
  actions.append(submit, progress);
  form.append(
    el('h2', 'Add a report'),
    el(
      'p',
      'It is cleaned, its names are found and linked to the graph, and facts are proposed with their quotes. Nothing enters the graph until you accept it.',
      'hint',
    ),
    grid,
    error,
    actions,
  );

  const values = (): ReportFormValues => {
    const chosen = file.input.files?.[0];
    return {
      text: text.value,
      file: chosen ? { name: chosen.name, type: chosen.type, size: chosen.size } : null,
      title: title.input.value,
      url: url.input.value,
      date: date.input.value,
      publisher: publisher.input.value,
      caseId: caseRow.hidden ? '' : caseSelect.value,
    };
  };
  const say = (message: string) => {
    progress.replaceChildren();
    if (message) progress.append(el('progress'), ` ${message}`);
  };

  const send = async () => {
    const problems = reportProblems(values());
    if (problems.length > 0) refuse(problems);
    const chosen = file.input.files?.[0];
    let base64: string | null = null;
    if (chosen) {
      say(`Reading ${chosen.name}…`);
      base64 = await readFileBase64(chosen).catch(() => refuse([`${chosen.name} could not be read; is it still there?`]));
    }
    const input = reportInput(values(), base64);
    if (!input.value) refuse(input.problems);
    say('Taking the report in: cleaning it, finding and linking names, proposing facts…');
    const outcome = await context.ingest(input.value);
    text.value = '';
    file.reset();
    for (const field of [title, url, date, publisher]) field.input.value = '';
    context.opened(outcome);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearError(error);
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    send()
      .catch((e: unknown) => {
        showError(error, e);
        if (e instanceof Error && /caseId is needed/.test(e.message)) void loadCases();
      })
      .finally(() => {
        say('');
        submit.disabled = false;
        form.removeAttribute('aria-busy');
      });
  });
  return form;
}
