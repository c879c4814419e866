/* How far the learner is with what completion requires (Python's requirements, as data):
   `read(kind, id)` gives a saved record. The one rule the certificate and the SCORM status use. */
const completion = (need, read) => {
  const quizzes = need.quizzes.map(([id, pass]) => {
    const s = read("quiz", id);
    return { id, pass, s: isObj(s) && typeof s.best === "number" ? s : null };
  });
  const seen = need.lessons.filter((id) => read("visit", id) === 1).length;
  const passed = quizzes.every((q) => q.s && q.s.ok === true);
  const best = quizzes.reduce((sum, q) => sum + (q.s ? q.s.best : 0), 0);
  return {
    quizzes,
    seen,
    passed,
    done: passed && seen === need.lessons.length,
    score: quizzes.length ? Math.round(best / quizzes.length) : 0,
  };
};
