// Reads nothing: the bookmark of this read names the last transaction the database committed, so comparing the
// bookmarks of two such reads tells whether anything was written between them (server/backup/snapshot-read.ts).
// Parameters: none
// Returns: done (1)
RETURN 1 AS done
