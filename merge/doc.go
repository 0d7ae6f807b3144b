// Package merge combines the audits of the shards of one sharded audit
// (rendermap audit --shard I/N) into one audit.
//
// In: the shard audits, each carrying [rendermap.ShardInfo]. Out: one
// [rendermap.Audit] holding every shard's routes (sorted by pattern), their
// warnings and checks, the earliest start and latest finish, Complete only
// when every shard completed, and no shard info. Shards of another site,
// settings, tool version or schema are refused, as are repeated or missing
// shards. The site-wide model is dropped: run advise on the merged audit to
// project the whole site again.
package merge
