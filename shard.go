package rendermap

// ShardInfo says which part of a sharded audit an audit holds: shard Index
// (1-based) of Count. Merged and unsharded audits have none.
type ShardInfo struct {
	Index int `json:"index"`
	Count int `json:"count"`
}
