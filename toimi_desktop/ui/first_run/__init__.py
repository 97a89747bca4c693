"""The first-run wizard: language, then demo data, the organisation's server or an empty
local database; shown when the app starts with no database of its own, reopenable from
Settings."""
