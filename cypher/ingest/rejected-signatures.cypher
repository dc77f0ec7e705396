// Which of these proposals an editor has rejected before (in any report), so they are not proposed again.
// Parameters: $signatures (list of String)
// Returns: signature
MATCH (p:Proposal {status: 'REJECTED'})
WHERE p.signature IN $signatures
RETURN DISTINCT p.signature AS signature
