home-no-event-heading = Ahora mismo no hay ninguna muestra en marcha
home-no-event-message = Vuelve pronto: aquí anunciaremos la próxima muestra.
home-phase-label = Fase actual
home-categories-heading = Categorías
home-categories-intro = Cada proyecto participa en una de estas categorías.

phase-upcoming = Próximamente
phase-submissions_open = Inscripciones abiertas
phase-moderation = Revisión de proyectos
phase-shortlisting = Evaluación
phase-favourites = El jurado elige sus favoritos
phase-announced = Ganadores anunciados
phase-archived = Archivada

deadline-upcoming = Las inscripciones se abren el { $date }
deadline-submissions_open = Las inscripciones se cierran el { $date }
deadline-moderation = La evaluación empieza el { $date }
deadline-shortlisting = Los favoritos se eligen a partir del { $date }
deadline-favourites = Los ganadores se anuncian el { $date }
deadline-announced = La muestra se archiva el { $date }

countdown-days =
    { $days ->
        [0] Queda menos de un día
        [one] Queda un día
       *[other] Quedan { $days } días
    }

category-scratch = Scratch
category-scratch-description = Animaciones, historias, juegos y más, hechos con Scratch.
category-games = Juegos
category-games-description = Juegos hechos con cualquier herramienta o lenguaje excepto Scratch.
category-web = Web
category-web-description = Sitios y aplicaciones web.
category-mobile-apps = Aplicaciones móviles
category-mobile-apps-description = Aplicaciones para móviles y tabletas.
category-hardware = Hardware
category-hardware-description = Computación física: robots, sensores, dispositivos vestibles, Raspberry Pi, micro:bit.
category-advanced-programming = Programación avanzada
category-advanced-programming-description = Software complejo escrito en un lenguaje de programación de texto.
category-ai = IA
category-ai-description = Proyectos que usan o crean inteligencia artificial y aprendizaje automático.
phase-action-edit-projects = Crear y editar proyectos
phase-action-moderate = Moderar proyectos
phase-action-score = Puntuar la preselección
phase-action-pick-favourites = Elegir favoritos
phase-action-score-award = Puntuar candidatos al premio
phase-action-decide-award = Decidir el premio
