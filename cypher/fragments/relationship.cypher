// A link `__` as the API returns it, its ends by id (`source`, `target`).
__ {.id, .type, .role, .date, .dateInferred, source: startNode(__).id, target: endNode(__).id, citations: @citations(__)}
