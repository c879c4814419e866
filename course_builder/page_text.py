"""Every sentence the generated pages show that the author did not write (headings, buttons,
hints, the certificate, My progress, print editions, the navigation), per interface language.

`course.yml`'s `language:` selects a catalogue; a language with none falls back to English (check
warns). `{name}` is filled in with `text()`; a value given as a pair is (one, other), chosen by
`count()`. The runtime's own messages are in render/ui_text.py; both are checked for the same
keys and placeholders in every language."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Concatenate, ParamSpec, TypeVar

from markupsafe import Markup

Entry = str | tuple[str, str]
P = ParamSpec("P")
R = TypeVar("R")

EN: dict[str, Entry] = {
    # names, counts and times
    "section_name": "Section {n}", "appendix_name": "Appendix {label}",
    "n_section": ("{n} section", "{n} sections"), "n_lesson": ("{n} lesson", "{n} lessons"),
    "n_scenario": ("{n} scenario", "{n} scenarios"), "n_question": ("{n} question", "{n} questions"),
    "n_scored": ("{n} scored question", "{n} scored questions"), "n_attempt": ("{n} attempt", "{n} attempts"),
    "minutes": "{m} min", "hours": "{h} h", "hours_minutes": "{h} h {m} min", "about": "about {time}",
    "footer": "{org} · {title}, version {version}",
    # navigation
    "nav_home": "Home", "nav_overview": "Overview", "nav_scenarios": "Scenarios",
    "nav_contract": "Your contract (form)",
    "nav_quiz": "Section quiz", "nav_glossary": "Glossary", "nav_tracks": "Learning paths",
    "nav_progress": "My progress", "nav_review": "Review", "nav_certificate": "Certificate",
    "nav_workbook": "Learner workbook", "nav_guides": "Guides", "nav_staff": "For staff",
    # home page
    "home_path": "Your learning path: {title}",
    "home_edition": "This edition holds the parts of the course this role requires.",
    "home_paths": ". [Learning paths]({href}) shows what each role requires, and lets you choose yours.",
    "home_time": "**Estimated time:** about {time} ({parts}). You can stop at any point and pick up where you left "
                 "off.",
    "home_sections": "Sections", "th_section": "Section", "th_covers": "What it covers", "th_time": "Time",
    "home_how": "How this course works",
    "home_how1": "Each lesson lists what you will be able to do, then teaches it with examples from the job.",
    "home_how2": "A short knowledge check ends each lesson. It is practice: it is not scored.",
    "home_how3": "Each section ends with a scored quiz. You pass with {pass_mark} % or more, and you can retake it.",
    "home_how4": "Your answers are saved in this browser on this device. [My progress]({href}) shows what you have "
                 "done and lets you move it to another computer.",
    # learning paths
    "path_line": "**Your learning path:**", "path_whole": "the whole course",
    "path_change": " ([change it]({href})). Only what it requires is counted here.",
    "path_follow": "Follow this path", "path_yours": "This is your path.",
    "tracks_intro": "Each role has its own learning path: the sections, lessons and scenarios it requires. Your "
                    "training coordinator tells you which one is yours.",
    "tracks_how": "Once you choose a path, the menu and section pages mark what it leaves optional, and My progress, "
                  "the final assessment and your certificate follow it. Your training coordinator may also send you a "
                  "link that chooses it for you.",
    "tracks_requires": "**Requires:**", "tracks_scenarios": "**Scenarios:**",
    "tracks_lessons": ("; and the lesson {titles}", "; and the lessons {titles}"),
    "tracks_final": " The final assessment has {n} questions.",
    "tracks_time": "**Estimated time:** about {time}.", "tracks_whole": "The whole course",
    "tracks_whole_text": "Every section, lesson and scenario, for anyone who wants it all. It takes about {time}.",
    # section landing
    "section_objectives": "By the end of this section you will be able to",
    "section_time": "**Estimated time:** about {time}.", "section_lessons": "Lessons", "section_contents": "Contents",
    "section_scenarios": "Scenarios",
    "section_scenarios_intro": "Practise the encounter model in realistic situations. Each scenario takes a few "
                               "minutes; your progress is shown next to each one.",
    "section_contract": "Your contract",
    "section_contract_text": ": fill it in, print it and agree on it with your supervisor.",
    "section_quiz": "Section quiz",
    "section_quiz_text": " — {questions}, about {time}. You pass with {pass_mark} % or more.",
    # lessons
    "lesson_meta": "{section}, lesson {n} of {total} · about {time}",
    "lesson_objectives": "In this lesson you will", "takeaways": "Key takeaways",
    "lesson_terms": "Terms in this lesson:", "check": "Knowledge check",
    "check_intro": "Practice what you just read. These questions are not scored: answer, then select **Check "
                   "answer** to see why it is right or wrong.",
    # quizzes and the final assessment
    "quiz_intro": "This quiz has {questions}. You pass with {pass_mark} % or more. Your answers are saved as you go. "
                  "When you are ready, select **Submit answers** to see your score and a review of each answer. You "
                  "can retake the quiz as often as you like.",
    "final_draw": "Each attempt draws {n} questions at random, balanced across the sections, with the answers in a "
                  "new order. You pass with {pass_mark} % or more. ",
    "final_attempts": "You have {attempts}. Each attempt draws a new set.",
    "final_unlimited": "You can take it as often as you need; each attempt draws a new set.",
    "final_saved": " Your answers are saved as you go, so you can stop and come back. It takes about {time}.",
    "final_noscript": "This assessment needs JavaScript to draw its questions.",
    "final_study": "To review:",
    # questions
    "hint_single": "Choose one answer.",
    "hint_multiple": "Choose all that apply. It counts as correct only when you choose every right answer and no "
                     "wrong one.",
    "hint_true_false": "Choose true or false.",
    "hint_ordering": "Put these in the right order, first at the top. Use the Move up and Move down buttons. You get "
                     "credit for each item in its right place.",
    "hint_matching": "Choose the matching answer for each item. You get credit for each correct match.",
    "qnum": "Question {n} of {total}.", "check_answer": "Check answer", "try_again": "Try again",
    "move_up": "Move up", "move_down": "Move down", "choose": "Choose…",
    "reflection": "Reflection.", "reflection_note": "Not scored; saved only on this device.",
    "max_chars": "Up to {n} characters.", "submit": "Submit answers", "retake": "Retake the quiz",
    # scenarios
    "scenario_meta": "Scenario {n} · {audience} · about {time}", "situation": "The situation",
    "customer": "The customer:", "what_would_you_do": "What would you do?", "debrief": "Debrief",
    "discussion": "Discussion questions", "discussion_intro": "For a team meeting or a talk with your supervisor:",
    "decision": "Decision {n}", "ending": "Ending: {outcome}",
    "outcome_good": "Good outcome", "outcome_mixed": "Mixed outcome", "outcome_poor": "Poor outcome",
    "what_happens": "What happens", "coaching": "Coaching:", "next": "Next: {label}",
    "player_intro": "Choose what you would do at each point. You will see what the customer does next and why. You "
                    "can go back one step to try another choice, or start again.",
    "path_so_far": "Your path so far", "go_back": "Go back one step", "start_again": "Start again",
    "went_well": "What went well", "work_on": "What to work on", "you_chose": "you chose ",
    "stronger": " A stronger choice: ", "debrief_wait": "The debrief opens when you reach an ending.",
    "score_rule": "The score counts 2 for the best choice at each decision, 1 for partly right and 0 for a mistake.",
    "often_wrong": "What often goes wrong", "better": "The better approach",
    "steps_here": "Encounter-model steps that matter here",
    # glossary, review, figures, charts
    "glossary_intro": "Terms used in this course, in alphabetical order.", "see_also": "See also:",
    "review_title": "Review what you missed",
    "review_intro": "The knowledge-check questions come back here, a few at a time: those you got wrong, and some you "
                    "got right, a few days later. Each time you get one right it comes back after longer (1, 3, then "
                    "7 days); one you get wrong comes back at once. Nothing here is scored.",
    "review_from": "From the lesson", "review_next": "Next questions",
    "description": "Description", "series": "Series {n}",
    # certificate
    "certificate": "Certificate of completion",
    "certificate_intro": "When you have done what the course requires, print your certificate here.",
    "cert_unlocks": "Your certificate unlocks when you have done all of these:",
    "cert_lessons": "Visit every lesson:", "cert_pass": "Pass", "cert_name": "Your name as it should appear on the "
    "certificate", "print": "Print or save as PDF", "cert_certifies": "This certifies that",
    "cert_completed": "has completed the self-paced course", "cert_version": "Version {version}",
    "cert_on": "Completed on", "cert_number": "Certificate number",
    "cert_note": "This certificate is a self-issued record, printed by the learner from the course in a web browser; "
                 "it is not verified. The completion record in your organization's learning management system (LMS), "
                 "where the course is assigned through SCORM, is the official record.",
    # My progress
    "progress_intro": "What you have done in this course on this device, and what to do next.",
    "progress_caption": "Progress by section", "col_lessons": "Lessons visited",
    "col_checks": "Knowledge checks answered", "col_quiz": "Quiz (best score)", "col_scenarios": "Scenarios completed",
    "move_title": "Move your progress to another computer",
    "move_text": "Your progress is saved in this browser only. To continue on another computer, save it to a file "
                 "here and load that file there.",
    "export": "Save my progress to a file", "import": "Load progress from a file", "start_over": "Start over",
    "reset": "Reset all my progress", "confirm_reset": "Confirm reset",
    "reset_warning": "This deletes every answer, score, scenario path, reflection and your contract on this device. "
                     "Save your progress to a file first if you may want it back.",
    "reset_yes": "Yes, reset everything", "cancel": "Cancel",
    # the performance contract
    "contract_intro": "Fill it in here, then print it (or save it as a PDF) for the meeting with your supervisor. To "
                      "plan it on paper instead, print a blank copy.",
    "suggest": "Start from a step of the encounter model", "choose_step": "Choose a step…",
    "use_step": "Use this step", "from_reflections": "Or start from one of your reflections:",
    "commitment": "Commitment {n}", "self_rating": "Self-rating ({low} to {high})", "days": "{d} days",
    "rating_label": "{d}-day self-rating, commitment {n}", "print_blank": "Print a blank contract",
    "clear_contract": "Clear my contract", "confirm_clear": "Confirm clearing",
    "clear_warning": "This deletes everything you typed in this contract on this device. It cannot be undone.",
    "clear_yes": "Yes, clear it", "about_you": "About you", "add_commitment": "Add another commitment",
    "check_in": "Check-in", "signature": "{who} signature", "date": "Date",
    # print editions
    "workbook": "Learner workbook", "facilitator": "Facilitator guide",
    "workbook_intro": "The whole course on paper, for crews without computers and for classroom sessions. Answer the "
                      "questions in the spaces; your facilitator has the answers.",
    "facilitator_intro": "The whole course on paper for a classroom session or a crew without computers, with the "
                         "answers, the feedback for every option, scenario debriefs and discussion questions.",
    "print_how": "Use your browser's **Print** command (or save as PDF). Each section starts on a new page.",
    "print_scenario": "Scenario: {title}", "number_items": "Number the items in order.",
    "write_letter": "Write the letter of the matching answer.", "best_choice": "Best choice",
    "partly_right": "Partly right", "mistake": "A mistake", "what_happens_colon": "What happens:", "why": "Why?",
    "steps_colon": "Steps that matter here:",
}

ES: dict[str, Entry] = {
    "section_name": "Sección {n}", "appendix_name": "Apéndice {label}",
    "n_section": ("{n} sección", "{n} secciones"), "n_lesson": ("{n} lección", "{n} lecciones"),
    "n_scenario": ("{n} escenario", "{n} escenarios"), "n_question": ("{n} pregunta", "{n} preguntas"),
    "n_scored": ("{n} pregunta con puntuación", "{n} preguntas con puntuación"),
    "n_attempt": ("{n} intento", "{n} intentos"),
    "minutes": "{m} min", "hours": "{h} h", "hours_minutes": "{h} h {m} min", "about": "unos {time}",
    "footer": "{org} · {title}, versión {version}",
    "nav_home": "Inicio", "nav_overview": "Resumen", "nav_scenarios": "Escenarios",
    "nav_contract": "Su contrato (formulario)", "nav_quiz": "Cuestionario de la sección", "nav_glossary": "Glosario",
    "nav_tracks": "Rutas de aprendizaje", "nav_progress": "Mi progreso", "nav_review": "Repaso",
    "nav_certificate": "Certificado", "nav_workbook": "Cuaderno del participante", "nav_guides": "Guías",
    "nav_staff": "Para el personal",
    "home_path": "Su ruta de aprendizaje: {title}",
    "home_edition": "Esta edición contiene las partes del curso que requiere este puesto.",
    "home_paths": ". En [Rutas de aprendizaje]({href}) verá lo que requiere cada puesto y podrá elegir la suya.",
    "home_time": "**Tiempo estimado:** unos {time} ({parts}). Puede detenerse en cualquier momento y continuar donde "
                 "lo dejó.",
    "home_sections": "Secciones", "th_section": "Sección", "th_covers": "De qué trata", "th_time": "Tiempo",
    "home_how": "Cómo funciona este curso",
    "home_how1": "Cada lección indica lo que usted podrá hacer y luego lo enseña con ejemplos del trabajo.",
    "home_how2": "Cada lección termina con una breve comprobación de conocimientos. Es para practicar: no tiene "
                 "puntuación.",
    "home_how3": "Cada sección termina con un cuestionario con puntuación. Se aprueba con {pass_mark} % o más, y puede "
                 "volver a hacerlo.",
    "home_how4": "Sus respuestas se guardan en este navegador, en este dispositivo. En [Mi progreso]({href}) verá lo "
                 "que ha hecho y podrá llevarlo a otra computadora.",
    "path_line": "**Su ruta de aprendizaje:**", "path_whole": "el curso completo",
    "path_change": " ([cambiarla]({href})). Aquí solo se cuenta lo que esa ruta requiere.",
    "path_follow": "Seguir esta ruta", "path_yours": "Esta es su ruta.",
    "tracks_intro": "Cada puesto tiene su propia ruta de aprendizaje: las secciones, lecciones y escenarios que "
                    "requiere. Su coordinador de capacitación le dirá cuál es la suya.",
    "tracks_how": "Cuando elija una ruta, el menú y las páginas de cada sección marcarán lo que queda como opcional, y "
                  "Mi progreso, la evaluación final y su certificado la seguirán. Su coordinador de capacitación "
                  "también puede enviarle un enlace que la elija por usted.",
    "tracks_requires": "**Requiere:**", "tracks_scenarios": "**Escenarios:**",
    "tracks_lessons": ("; y la lección {titles}", "; y las lecciones {titles}"),
    "tracks_final": " La evaluación final tiene {n} preguntas.",
    "tracks_time": "**Tiempo estimado:** unos {time}.", "tracks_whole": "El curso completo",
    "tracks_whole_text": "Todas las secciones, lecciones y escenarios, para quien quiera hacerlo todo. Toma unos "
                         "{time}.",
    "section_objectives": "Al terminar esta sección, usted podrá",
    "section_time": "**Tiempo estimado:** unos {time}.", "section_lessons": "Lecciones",
    "section_contents": "Contenido", "section_scenarios": "Escenarios",
    "section_scenarios_intro": "Practique el modelo de atención en situaciones reales. Cada escenario toma unos "
                               "minutos; junto a cada uno verá su progreso.",
    "section_contract": "Su contrato",
    "section_contract_text": ": llénelo, imprímalo y acuérdelo con su supervisor.",
    "section_quiz": "Cuestionario de la sección",
    "section_quiz_text": " — {questions}, unos {time}. Se aprueba con {pass_mark} % o más.",
    "lesson_meta": "{section}, lección {n} de {total} · unos {time}",
    "lesson_objectives": "En esta lección usted va a", "takeaways": "Puntos clave",
    "lesson_terms": "Términos de esta lección:", "check": "Comprobación de conocimientos",
    "check_intro": "Practique lo que acaba de leer. Estas preguntas no tienen puntuación: responda y luego seleccione "
                   "**Comprobar respuesta** para ver por qué es correcta o no.",
    "quiz_intro": "Este cuestionario tiene {questions}. Se aprueba con {pass_mark} % o más. Sus respuestas se guardan "
                  "a medida que avanza. Cuando esté listo, seleccione **Enviar respuestas** para ver su puntuación y "
                  "un repaso de cada respuesta. Puede volver a hacer el cuestionario todas las veces que quiera.",
    "final_draw": "Cada intento elige {n} preguntas al azar, repartidas entre las secciones, con las respuestas en un "
                  "orden nuevo. Se aprueba con {pass_mark} % o más. ",
    "final_attempts": "Tiene {attempts}. Cada intento elige un grupo nuevo de preguntas.",
    "final_unlimited": "Puede presentarla todas las veces que necesite; cada intento elige un grupo nuevo de "
                       "preguntas.",
    "final_saved": " Sus respuestas se guardan a medida que avanza, así que puede detenerse y volver más tarde. Toma "
                   "unos {time}.",
    "final_noscript": "Esta evaluación necesita JavaScript para elegir sus preguntas.",
    "final_study": "Para repasar:",
    "hint_single": "Elija una respuesta.",
    "hint_multiple": "Elija todas las que correspondan. Cuenta como correcta solo si elige todas las respuestas "
                     "correctas y ninguna incorrecta.",
    "hint_true_false": "Elija verdadero o falso.",
    "hint_ordering": "Ponga estos elementos en el orden correcto, con el primero arriba. Use los botones Subir y "
                     "Bajar. Recibe puntos por cada elemento que quede en su lugar.",
    "hint_matching": "Elija la respuesta que corresponde a cada elemento. Recibe puntos por cada pareja correcta.",
    "qnum": "Pregunta {n} de {total}.", "check_answer": "Comprobar respuesta", "try_again": "Intentar de nuevo",
    "move_up": "Subir", "move_down": "Bajar", "choose": "Elija…",
    "reflection": "Reflexión.", "reflection_note": "No tiene puntuación; se guarda solo en este dispositivo.",
    "max_chars": "Hasta {n} caracteres.", "submit": "Enviar respuestas", "retake": "Volver a hacer el cuestionario",
    "scenario_meta": "Escenario {n} · {audience} · unos {time}", "situation": "La situación",
    "customer": "El cliente:", "what_would_you_do": "¿Qué haría usted?", "debrief": "Análisis",
    "discussion": "Preguntas para conversar",
    "discussion_intro": "Para una reunión de equipo o una conversación con su supervisor:",
    "decision": "Decisión {n}", "ending": "Final: {outcome}",
    "outcome_good": "buen resultado", "outcome_mixed": "resultado a medias", "outcome_poor": "mal resultado",
    "what_happens": "Qué pasa", "coaching": "Consejo:", "next": "Siguiente: {label}",
    "player_intro": "Elija lo que haría en cada momento. Verá lo que hace el cliente a continuación y por qué. Puede "
                    "retroceder un paso para probar otra opción, o empezar de nuevo.",
    "path_so_far": "Su camino hasta ahora", "go_back": "Retroceder un paso", "start_again": "Empezar de nuevo",
    "went_well": "Lo que salió bien", "work_on": "Lo que debe mejorar", "you_chose": "usted eligió ",
    "stronger": " Una opción mejor: ", "debrief_wait": "El análisis se abre cuando llegue a un final.",
    "score_rule": "La puntuación da 2 por la mejor opción en cada decisión, 1 por una opción en parte correcta y 0 por "
                  "un error.",
    "often_wrong": "Lo que suele salir mal", "better": "Una mejor manera de hacerlo",
    "steps_here": "Pasos del modelo de atención que importan aquí",
    "glossary_intro": "Términos usados en este curso, en orden alfabético.", "see_also": "Vea también:",
    "review_title": "Repase lo que falló",
    "review_intro": "Las preguntas de las comprobaciones de conocimientos vuelven aquí, unas pocas a la vez: las que "
                    "respondió mal y, unos días después, algunas que respondió bien. Cada vez que acierta una, tarda "
                    "más en volver (1, 3 y luego 7 días); la que falla vuelve enseguida. Nada de esto tiene "
                    "puntuación.",
    "review_from": "De la lección", "review_next": "Siguientes preguntas",
    "description": "Descripción", "series": "Serie {n}",
    "certificate": "Certificado de finalización",
    "certificate_intro": "Cuando haya hecho lo que el curso requiere, imprima aquí su certificado.",
    "cert_unlocks": "Su certificado se desbloquea cuando haya hecho todo esto:",
    "cert_lessons": "Visitar todas las lecciones:", "cert_pass": "Aprobar",
    "cert_name": "Su nombre tal como debe aparecer en el certificado", "print": "Imprimir o guardar como PDF",
    "cert_certifies": "Se certifica que", "cert_completed": "completó el curso a su propio ritmo",
    "cert_version": "Versión {version}", "cert_on": "Completado el", "cert_number": "Número de certificado",
    "cert_note": "Este certificado es un registro emitido por el propio participante, impreso desde el curso en un "
                 "navegador web; no está verificado. El registro oficial es el de finalización en el sistema de "
                 "gestión del aprendizaje (LMS) de su organización, cuando el curso se asigna por medio de SCORM.",
    "progress_intro": "Lo que ha hecho en este curso en este dispositivo, y lo que le toca hacer ahora.",
    "progress_caption": "Progreso por sección", "col_lessons": "Lecciones visitadas",
    "col_checks": "Comprobaciones respondidas", "col_quiz": "Cuestionario (mejor puntuación)",
    "col_scenarios": "Escenarios completados",
    "move_title": "Lleve su progreso a otra computadora",
    "move_text": "Su progreso se guarda solo en este navegador. Para continuar en otra computadora, guárdelo aquí en "
                 "un archivo y cargue ese archivo allá.",
    "export": "Guardar mi progreso en un archivo", "import": "Cargar el progreso desde un archivo",
    "start_over": "Empezar de cero", "reset": "Borrar todo mi progreso", "confirm_reset": "Confirmar el borrado",
    "reset_warning": "Esto borra todas las respuestas, puntuaciones, caminos de escenarios, reflexiones y su contrato "
                     "en este dispositivo. Si cree que podría necesitarlos, guarde antes su progreso en un archivo.",
    "reset_yes": "Sí, borrar todo", "cancel": "Cancelar",
    "contract_intro": "Llénelo aquí y luego imprímalo (o guárdelo como PDF) para la reunión con su supervisor. Si "
                      "prefiere planearlo en papel, imprima una copia en blanco.",
    "suggest": "Comenzar con un paso del modelo de atención", "choose_step": "Elija un paso…",
    "use_step": "Usar este paso", "from_reflections": "O comience con una de sus reflexiones:",
    "commitment": "Compromiso {n}", "self_rating": "Autoevaluación ({low} a {high})", "days": "{d} días",
    "rating_label": "Autoevaluación a los {d} días, compromiso {n}", "print_blank": "Imprimir un contrato en blanco",
    "clear_contract": "Borrar mi contrato", "confirm_clear": "Confirmar el borrado",
    "clear_warning": "Esto borra todo lo que escribió en este contrato en este dispositivo. No se puede deshacer.",
    "clear_yes": "Sí, borrarlo", "about_you": "Sus datos", "add_commitment": "Agregar otro compromiso",
    "check_in": "Reunión de seguimiento", "signature": "Firma: {who}", "date": "Fecha",
    "workbook": "Cuaderno del participante", "facilitator": "Guía del facilitador",
    "workbook_intro": "El curso completo en papel, para cuadrillas sin computadora y para sesiones en grupo. Responda "
                      "las preguntas en los espacios; su facilitador tiene las respuestas.",
    "facilitator_intro": "El curso completo en papel para una sesión en grupo o una cuadrilla sin computadora, con las "
                         "respuestas, la retroalimentación de cada opción, los análisis de los escenarios y las "
                         "preguntas para conversar.",
    "print_how": "Use el comando **Imprimir** de su navegador (o guarde como PDF). Cada sección empieza en una página "
                 "nueva.",
    "print_scenario": "Escenario: {title}", "number_items": "Numere los elementos en orden.",
    "write_letter": "Escriba la letra de la respuesta que corresponde.", "best_choice": "La mejor opción",
    "partly_right": "En parte correcta", "mistake": "Un error", "what_happens_colon": "Qué pasa:", "why": "¿Por qué?",
    "steps_colon": "Pasos que importan aquí:",
}

CATALOGUES: dict[str, dict[str, Entry]] = {"en": EN, "es": ES}
_LANGUAGE: ContextVar[str] = ContextVar("page_language", default="en")


def interface_language(language: str) -> str:
    """The interface language a course's `language:` gets: itself, its base language (`es` for `es-MX`),
    or English when the course tool has no text in it."""
    for code in (language, language.split("-")[0]):
        if code in CATALOGUES:
            return code
    return "en"


def catalogue(language: str) -> dict[str, Entry]:
    """The page text of `language` (see interface_language)."""
    return CATALOGUES[interface_language(language)]


def has_text(language: str) -> bool:
    return catalogue(language) is not EN or language.split("-")[0] == "en"


@contextmanager
def language(code: str) -> Iterator[None]:
    """Render in `code`'s interface language within the block."""
    token = _LANGUAGE.set(code)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def in_course_language(func: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
    """Run `func(course, …)` in the interface language of its course."""
    @functools.wraps(func)
    def wrapper(course: Any, *args: P.args, **kwargs: P.kwargs) -> R:
        with language(course.language):
            return func(course, *args, **kwargs)
    return wrapper


def text(key: str, **values: object) -> str:
    """One sentence in the current language, with `{name}`s filled from `values`."""
    entry = catalogue(_LANGUAGE.get())[key]
    return (entry if isinstance(entry, str) else entry[1]).format(**values)


def markup(key: str, **values: object) -> Markup:
    """`text()` for a template: the sentence is ours (trusted), the values are escaped unless Markup."""
    entry = catalogue(_LANGUAGE.get())[key]
    return Markup(entry if isinstance(entry, str) else entry[1]).format(**values)


def count(n: int, key: str, **values: object) -> str:
    """'1 lesson' or '3 lessons': the form of `key` for `n`, numbers grouped as English writes them."""
    entry = catalogue(_LANGUAGE.get())[key]
    form = entry if isinstance(entry, str) else entry[0] if n == 1 else entry[1]
    return form.format(n=n, **values)


def duration(minutes: int) -> str:
    """'45 min', '2 h' or '1 h 30 min'."""
    hours, mins = divmod(minutes, 60)
    if not hours:
        return text("minutes", m=mins)
    return text("hours_minutes", h=hours, m=mins) if mins else text("hours", h=hours)
