/* The storage contract, shared by the course pages and the SCORM launch page. Python's table
   of record kinds (in the data) gives each kind's short name; a record's key is that name and
   the record's id. */
const isObj = (x) => !!x && typeof x === "object" && !Array.isArray(x);
const entryKey = (kinds, kind, id) => `${kinds[kind]}:${id}`;
