"""Every sentence the browser runtime shows, kept with the rest of the site's text (and so
translatable with it) rather than in the runtime. `{name}` is filled in by the runtime.

Sentences are grouped by the runtime file that shows them: the core's travel in the
course-wide data every page loads; a feature file's travel inside that file, so a page pays
only for the sentences of the features it uses."""

from __future__ import annotations

from ..page_text import interface_language

EN: dict[str, dict[str, str]] = {
    "core": {
        # answers and feedback
        "ans_right": "Your answer: correct", "ans_wrong": "Your answer: incorrect",
        "correct": "Correct.", "not_quite": "Not quite.", "no_answer": "No answer given.",
        "chose": " You chose {r} of {n} right answers.",
        "chose_wrong": " You chose {r} of {n} right answers and {w} wrong.",
        "first": "“{x}” is already first.", "last": "“{x}” is already last.",
        "moved": "“{x}” moved to position {i} of {n}.", "placed": "Right place", "belongs": "Belongs at position {i}",
        "misplaced": "Not in its right place", "in_place": "{i} of {n} in the right place.",
        "match_right": "Correct", "match_answer": "Correct answer: {x}", "no_match": "Not a match",
        "matched": "{i} of {n} matched correctly.", "answer_first": "Answer the question first.",
        "saved": "Saved on this device.",
        "storage_blocked": "This browser is not letting the course save your progress. Each page works, but what "
                           "you do is lost when you leave it, so the course cannot show your progress or unlock "
                           "your certificate. To keep your progress, use another browser, or ask your IT team to "
                           "let this site store data in the browser.",
        # marks in the navigation
        "optional": "optional", "done": " (done)",
    },
    "quiz": {
        "qnum": "Question {i} of {n}.", "missing_title": "Some questions have no answer",
        "missing": "Not answered: question {x}. Answer them, or select Submit answers again to submit anyway.",
        "score": "Your score: {s} % — {v}", "passed": "passed", "not_passed": "not passed yet",
        "result": "You answered {r} of {n} questions fully correctly. The pass mark is {p} %. ",
        "retry": "Read the feedback under each question, then retake the quiz. ",
        "best": "Best score: {b} %. Attempts: {n}.", "no_attempts": " No attempts are left.",
    },
    "scenario": {
        "back": "Went back one step.", "restart": "Started again from the beginning.", "you_chose": "{x}: you chose",
        "reaction": "How the customer reacts",
        "scored": "{x}. Your choices scored {s} %.", "sc_done": "Completed ({s} %)", "sc_doing": "In progress",
        "sc_new": "Not started",
    },
    "contract": {"cleared": "Your contract was cleared.", "saved": "Saved on this device."},
    "records": {
        "of": "{i} of {n}", "q_none": "Not taken", "q_pass": "Passed ({b} %)", "q_fail": "Not passed yet ({b} %)",
        "overall": "Course completion: {pct} % ({done} of {total} required lessons and quizzes).",
        "next": "Next: ", "finished": "You have completed the course. ", "cert": "Print your certificate",
        "optional": " Not required, but still there for you: {i} of {n} scenarios to try.",
        "rv_link": "Knowledge-check questions to review today: {n}", "rv_zero": "Nothing to review today.",
        "rv_now": "Questions to review now: {n} (then {left} more).",
        "rv_done": "That is all for today. Questions you got wrong come back tomorrow; the others in a few days.",
        "rv_none": "Nothing to review today. The next question comes back on {d}.",
        "rv_start": "Nothing to review yet: answer the knowledge checks in the lessons first.",
        "out_of_tries": "You have used every attempt at {x} without passing it. Ask your training coordinator "
                        "what to do next.",
        "exported": "Saved {n} items to {file}. Load it on the other computer.",
        "loaded": "Loaded {n} items from {file}.", "fail": "Could not load {file}: {why} Nothing was changed.",
        "big": "it is too large to be a progress file.", "notfile": "it is not a progress file saved by this course.",
        "course": "it holds progress for another course (“{x}”).",
        "version": "it is from version {x} of this course, and this is version {y}.",
        "damaged": "it is damaged (unexpected entry “{x}”).", "unread": "the browser could not read it.",
        "reset": "All your progress on this device was reset.", "seen": "{i} of {n} visited",
        "score_final": "Final assessment score {s} %", "score_mean": "Average quiz score {s} %",
        "hours": "About {h} hours of study", "minutes": "About {m} minutes of study",
    },
    # the SCORM launch page: outside an LMS, in review mode, and when the LMS refuses to save
    "launch": {
        "no_lms": "No learning management system was found, so your progress is saved in this browser only.",
        "review": "You are reviewing your record: it is shown as it was saved, and nothing you change is kept.",
        "refused": "Your learning management system did not save your progress (error {code}: {text}). "
                   "Your work may not be kept after you close the course: please tell your training coordinator.",
    },
    # question banks exported for an LMS's quiz engine (course-builder export)
    "export": {
        "ordering_places": "Give each one its place in the order: 1 is first.",
        "reflection_grader": "A reflection: the course does not score it.",
        "unused": "Not used in the course",
    },
}

# The Spanish interface text, for learners in US water utilities: neutral US / Latin American Spanish,
# "usted" forms, the terms a US utility uses with its Spanish-speaking staff. Same parts, keys, {names}
# and leading/trailing spaces as EN (tests/test_ui_text_es.py checks them).
ES: dict[str, dict[str, str]] = {
    "core": {
        # answers and feedback
        "ans_right": "Su respuesta: correcta", "ans_wrong": "Su respuesta: incorrecta",
        "correct": "Correcto.", "not_quite": "No del todo.", "no_answer": "No dio ninguna respuesta.",
        "chose": " Eligió {r} de las {n} respuestas correctas.",
        "chose_wrong": " Eligió {r} de las {n} respuestas correctas. Respuestas incorrectas elegidas: {w}.",
        "first": "“{x}” ya está en primer lugar.", "last": "“{x}” ya está en último lugar.",
        "moved": "“{x}” pasó a la posición {i} de {n}.", "placed": "Lugar correcto",
        "belongs": "Va en la posición {i}",
        "misplaced": "No está en su lugar correcto", "in_place": "{i} de {n} en el lugar correcto.",
        "match_right": "Correcto", "match_answer": "Respuesta correcta: {x}", "no_match": "No corresponde",
        "matched": "Relacionó correctamente {i} de {n}.", "answer_first": "Primero responda la pregunta.",
        "saved": "Guardado en este dispositivo.",
        "storage_blocked": "Este navegador no permite que el curso guarde su progreso. Cada página funciona, pero "
                           "lo que haga se pierde al salir de ella, así que el curso no puede mostrar su progreso "
                           "ni desbloquear su certificado. Para conservar su progreso, use otro navegador o pida a "
                           "su equipo de TI que permita que este sitio guarde datos en el navegador.",
        # marks in the navigation
        "optional": "opcional", "done": " (completado)",
    },
    "quiz": {
        "qnum": "Pregunta {i} de {n}.", "missing_title": "Hay preguntas sin responder",
        "missing": "Sin responder: pregunta {x}. Respóndalas, o vuelva a seleccionar Enviar respuestas para "
                   "enviarlas de todos modos.",
        "score": "Su puntuación: {s} % — {v}", "passed": "aprobado", "not_passed": "todavía no aprobado",
        "result": "Respondió de forma totalmente correcta {r} de {n} preguntas. La puntuación mínima para "
                  "aprobar es {p} %. ",
        "retry": "Lea la retroalimentación debajo de cada pregunta y luego vuelva a hacer el cuestionario. ",
        "best": "Mejor puntuación: {b} %. Intentos: {n}.", "no_attempts": " No le quedan más intentos.",
    },
    "scenario": {
        "back": "Retrocedió un paso.", "restart": "Comenzó de nuevo desde el principio.",
        "you_chose": "{x}: usted eligió",
        "reaction": "Cómo reacciona el cliente",
        "scored": "{x}. Sus decisiones obtuvieron un {s} %.", "sc_done": "Completado ({s} %)",
        "sc_doing": "En curso", "sc_new": "Sin comenzar",
    },
    "contract": {"cleared": "Se borró su contrato de desempeño.", "saved": "Guardado en este dispositivo."},
    "records": {
        "of": "{i} de {n}", "q_none": "Sin presentar", "q_pass": "Aprobado ({b} %)",
        "q_fail": "Todavía no aprobado ({b} %)",
        "overall": "Avance del curso: {pct} % ({done} de {total} lecciones y cuestionarios obligatorios).",
        "next": "Siguiente: ", "finished": "Ha completado el curso. ", "cert": "Imprima su certificado",
        "optional": " No son obligatorios, pero siguen a su disposición: {i} de {n} escenarios por probar.",
        "rv_link": "Preguntas de comprobación de conocimientos para repasar hoy: {n}",
        "rv_zero": "No hay nada que repasar hoy.",
        "rv_now": "Preguntas para repasar ahora: {n} (y después {left} más).",
        "rv_done": "Eso es todo por hoy. Las preguntas que respondió mal volverán mañana; las demás, en unos días.",
        "rv_none": "No hay nada que repasar hoy. La próxima pregunta volverá el {d}.",
        "rv_start": "Todavía no hay nada que repasar: primero responda las comprobaciones de conocimientos de "
                    "las lecciones.",
        "out_of_tries": "Ya usó todos los intentos de {x} sin aprobar. Pregunte a su coordinador de capacitación "
                        "qué debe hacer ahora.",
        "exported": "Se guardaron {n} elementos en {file}. Cargue este archivo en la otra computadora.",
        "loaded": "Se cargaron {n} elementos de {file}.",
        "fail": "No se pudo cargar {file}: {why} No se cambió nada.",
        "big": "es demasiado grande para ser un archivo de progreso.",
        "notfile": "no es un archivo de progreso guardado por este curso.",
        "course": "contiene el progreso de otro curso (“{x}”).",
        "version": "es de la versión {x} de este curso, y esta es la versión {y}.",
        "damaged": "está dañado (entrada inesperada “{x}”).", "unread": "el navegador no pudo leerlo.",
        "reset": "Se borró todo su progreso en este dispositivo.", "seen": "{i} de {n} visitadas",
        "score_final": "Puntuación de la evaluación final: {s} %",
        "score_mean": "Puntuación promedio de los cuestionarios: {s} %",
        "hours": "Aproximadamente {h} horas de estudio", "minutes": "Aproximadamente {m} minutos de estudio",
    },
    # the SCORM launch page: outside an LMS, in review mode, and when the LMS refuses to save
    "launch": {
        "no_lms": "No se encontró ningún sistema de gestión del aprendizaje (LMS), así que su progreso se guarda "
                  "solo en este navegador.",
        "review": "Está revisando su registro: se muestra tal como se guardó, y no se conservará ningún cambio "
                  "que haga.",
        "refused": "Su sistema de gestión del aprendizaje (LMS) no guardó su progreso (error {code}: {text}). "
                   "Es posible que su trabajo no se conserve al cerrar el curso: avísele a su coordinador de "
                   "capacitación.",
    },
    # question banks exported for an LMS's quiz engine (course-builder export)
    "export": {
        "ordering_places": "Asigne a cada elemento su lugar en el orden: 1 es el primero.",
        "reflection_grader": "Es una reflexión: el curso no la califica.",
        "unused": "No se usa en el curso",
    },
}

CATALOGUES = {"en": EN, "es": ES}  # by course.yml language


def ui_text(language: str, part: str = "core") -> dict[str, str]:
    """The sentences of one runtime file (core, a feature, launch) in `language` (English where
    the course has none in it yet)."""
    return CATALOGUES.get(interface_language(language), EN).get(part, {})
