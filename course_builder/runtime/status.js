/* How far the learner is with what completion requires (Python's requirements, as data):
   `read(kind, id)` gives a saved record. The one rule the certificate and the SCORM status use.
   The score is the final assessment's best when the final is required, else the mean of the
   required quizzes' best scores once all are taken; null until then, or when none is required. */
const completion = (need, read) => {
  const quizzes = need.quizzes.map(([id, pass, tries]) => {
    const s = read("quiz", id);
    return { id, pass, tries, s: isObj(s) && typeof s.best === "number" ? s : null };
  });
  const seen = need.lessons.filter((id) => read("visit", id) === 1).length;
  const passed = quizzes.every((q) => q.s && q.s.ok === true);
  const final = need.final && quizzes.find((q) => q.id === need.final);
  const all = quizzes.length && quizzes.every((q) => q.s);
  return {
    quizzes,
    seen,
    passed,
    done: passed && seen === need.lessons.length,
    /* every attempt of a required quiz used without passing it: the course cannot be completed */
    failed: quizzes.some((q) => q.tries && q.s && !q.s.ok && q.s.n >= q.tries),
    score: final ? (final.s ? final.s.best : null)
      : all ? Math.round(quizzes.reduce((sum, q) => sum + q.s.best, 0) / quizzes.length) : null,
    scoreKind: final ? "final" : "mean",
  };
};
