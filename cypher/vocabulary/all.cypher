// Every vocabulary word, kinds first, in the order they were defined within each group.
// Parameters: none
// Returns: term (map: key, group, name, description, kind, color, shape, multiValued, origin)
MATCH (t:Term)
RETURN t {.key, .group, .name, .description, .kind, .color, .shape, .multiValued, .origin} AS term
ORDER BY t.seq, t.key
