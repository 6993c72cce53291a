# Organizers' console, judges' panel and the development mailbox.

console-open-invitations =
    { $count ->
        [0] No hay invitaciones pendientes.
        [one] Una invitación pendiente.
       *[other] { $count } invitaciones pendientes.
    }
console-tokens-text = Tokens para judge-cli y otras herramientas.
console-failed-emails =
    { $count ->
        [0] No hay correos fallidos.
        [one] No se ha podido enviar un correo.
       *[other] No se han podido enviar { $count } correos.
    }

invitations-heading = Invitaciones
invitations-list-heading = Invitaciones enviadas
invitations-none = Todavía no hay invitaciones.
invitations-status = Estado
invitations-created = Enviada
invitation-status-open = Pendiente
invitation-status-accepted = Aceptada
invitation-status-expired = Caducada
invite-heading = Invitar a un miembro del jurado o de la organización
invite-intro = Recibirá un correo con un enlace. El jurado también puede iniciar sesión con un proveedor usando la dirección invitada.
invite-submit = Enviar la invitación
invite-sent = La invitación está en camino.

tokens-heading = Tokens de API
tokens-list-heading = Tus tokens
tokens-none = Todavía no tienes tokens.
tokens-prefix = Empieza por
tokens-scopes = Permisos
tokens-created = Creado
tokens-last-used = Último uso
tokens-actions = Acciones
token-create-heading = Crear un token
token-create-intro = Ponle un nombre que reconozcas y dale solo los permisos que necesite.
token-create-submit = Crear el token
token-created = Tu nuevo token:
token-shown-once = Cópialo ahora: solo se muestra esta vez. Cualquiera que lo tenga puede actuar en tu nombre dentro de sus permisos.
token-never-used = Nunca
token-revoke = Revocar
token-revoked = El token se ha revocado.
token-revoked-label = Revocado
scope-events-read = Ver eventos y proyectos
scope-judging-read = Leer la evaluación: jurado, progreso, preselección, favoritos y candidatos al premio
scope-judging-write = Dirigir la evaluación: importar jurado, asignar, decidir el premio, cambiar de fase
scope-personal-data-read = Datos personales: correos electrónicos y otros datos además de los nombres públicos (siempre junto con el permiso del área)
scope-exports-read = Descargar exportaciones
scope-livestream-read = Ver los datos de la retransmisión en directo
error-token-name-required = Ponle un nombre al token.
error-token-name-too-long = El nombre de un token puede tener como máximo 100 caracteres.
error-token-scope-required = Elige al menos un permiso.

failed-emails-heading = Correos fallidos
failed-emails-intro = No se han podido enviar estos correos después de todos los reintentos. Se quedan en esta lista con el motivo, para que nadie se quede sin su correo sin que nos demos cuenta.
failed-emails-none = Se han enviado todos los correos.
failed-emails-created = En cola desde
failed-emails-attempts = Intentos
failed-emails-error = Último error

judge-no-assignments = Los proyectos que te asignen aparecerán aquí cuando empiece la evaluación.

mailbox-heading = Buzón de desarrollo
mailbox-intro = Correos escritos en { $folder } en lugar de enviarse. Solo en equipos de desarrollo.
mailbox-empty = Todavía no hay correos.
mailbox-to = Para
mailbox-subject = Asunto
event-phase-heading = Fase del evento
console-event-text = En qué fase está el evento, y pasarlo a la siguiente.
event-phase-current = ahora en la fase «{ $phase }».
event-phase-allows = Esta fase permite:
event-phase-name = Fase
event-phase-planned = Inicio previsto
event-phase-forward = Pasar a «{ $phase }»
event-phase-back-heading = Volver atrás
event-phase-back-intro = Solo para deshacer un error o reabrir un paso: jueces, creadores y visitantes ven el cambio al instante. Indica el motivo; queda en el registro de auditoría.
event-phase-back-to = Volver a
event-phase-back-reason = Motivo
event-phase-back-confirm = Sí, devolver el evento a una fase anterior.
event-phase-back-submit = Volver atrás
event-phase-moved = El evento está en su nueva fase.
event-phase-none = Todavía no hay ningún evento.
error-phase-same = El evento ya está en esta fase.
error-phase-skip = Los eventos avanzan de fase en fase, de una en una.
error-phase-confirm = Confirma que el evento debe volver a una fase anterior.
error-phase-reason-required = Indica el motivo para devolver el evento a una fase anterior.
error-phase-reason-too-long = El motivo puede tener como máximo 500 caracteres.

# The organizer API and judge-cli
error-invalid-input = Parte de lo enviado no es válido: consulta el mensaje de cada campo.
judge-import-unreadable = No se pudo leer el archivo como CSV con una fila de encabezado.
judge-import-missing-columns = La fila de encabezado debe nombrar las columnas «email» y «capacities».
judge-import-unknown-column = La fila de encabezado nombra una columna que la importación no conoce (conoce email, capacities, language, name y note).
judge-import-too-many-rows = El archivo tiene demasiadas filas: como máximo 2000 jueces a la vez.
judge-import-empty = El archivo no contiene ningún juez.
judge-import-capacity = Las funciones son una o varias de volunteer, vip y award_panel, separadas por «;».
judge-import-duplicate = Esta dirección de correo ya aparece en una fila anterior.
judge-import-language = El idioma debe ser uno de en, es, fr, tr, hi, ar y ja.
judge-import-not-current = Solo se pueden importar jueces al evento actual: aceptar una invitación convierte a alguien en juez del evento actual.
error-phase-last = El evento ya está en su última fase.
error-phase-unknown = Esto no es una fase: usa upcoming, submissions_open, moderation, shortlisting, favourites, announced o archived.
error-api-category-unknown = «{ $parameter }» no es una categoría de este evento.
error-api-category-unknown-list = Indica una o varias categorías del evento por su identificador (por ejemplo, games).
error-api-adjust-action = La acción debe ser include, exclude o clear.
error-api-format = «{ $parameter }» debe ser csv, xlsx, jsonl o json.
error-api-export-unknown = Esa exportación no existe: las exportaciones son projects, creators, consents, scores, favourites, shortlist, awards, run-of-show.

## Exports
console-exports-text = Descarga proyectos, participantes, consentimientos, puntuaciones y resultados.
exports-heading = Exportaciones
exports-intro = Datos de { $event }, leídos de la base de datos mientras se descargan. Cada descarga queda registrada en el registro de auditoría.
exports-what = Exportación
exports-contains = Qué contiene
exports-personal = Datos personales: indica para qué los necesitas.
exports-download-heading = Descargar una exportación
exports-download = Descargar
field-export-kind = Qué exportar
field-export-format = Formato
field-export-purpose = Finalidad
export-purpose-hint = Necesaria para exportaciones con datos personales (participantes). Se guarda en el registro de auditoría.
export-format-csv = CSV (hojas de cálculo)
export-format-xlsx = Libro de Excel (XLSX)
export-format-jsonl = Líneas JSON
export-format-json = JSON
export-projects = Proyectos
export-projects-text = Cada proyecto con su estado y una columna por pregunta; el equipo por nombre visible.
export-creators = Participantes
export-creators-text = Cada participante de un proyecto: nombre completo, mes de nacimiento, país, género, correo de la cuenta y consentimientos.
export-consents = Estado de los consentimientos
export-consents-text = La respuesta de cada participante por ámbito (publicar, fotos, contacto), cuándo y quién (tutor o adulto) y la última solicitud.
export-scores = Puntuaciones
export-scores-text = Cada puntuación de un juez voluntario, criterio por criterio, con su comentario privado.
export-favourites = Favoritos VIP
export-favourites-text = Las elecciones de cada juez VIP en orden, con sus frases.
export-shortlist = Preselección
export-shortlist-text = La clasificación por categoría con puntuaciones normalizadas, empates y ajustes de la organización.
export-awards = Premios
export-awards-text = Los premios decididos, con el proyecto, su equipo y la mención.
export-run-of-show = Escaleta
export-run-of-show-text = Los segmentos de la retransmisión en una tabla: estadísticas, elecciones de cada juez VIP, premios (solo campos públicos).
export-purpose-prizes = Enviar premios o certificados
export-purpose-safeguarding = Una cuestión de protección de menores
export-purpose-data-request = Una familia pide sus datos
export-purpose-eligibility = Comprobar la elegibilidad (edad, equipo, país)
export-purpose-legal = Exigido por la ley
error-export-purpose-required = Elige para qué necesitas estos datos personales.
error-export-purpose-unknown = Esa finalidad no está en la lista (prizes, safeguarding, data-request, eligibility, legal).
error-export-kind = Elige qué exportar.
error-export-format = Elige un formato.

## The audit log
console-audit-text = Cada acción privilegiada: quién, qué y cuándo.
audit-heading = Registro de auditoría
audit-intro = Cada acción privilegiada, de la más reciente a la más antigua. Las entradas nunca se modifican ni se borran. Horas y días en { $timezone }.
audit-search-heading = Buscar
audit-search = Buscar
audit-clear = Mostrar todo
audit-entries-heading = Entradas
audit-at = Cuándo
audit-actor = Quién
audit-via = Desde
audit-action = Acción
audit-target = Sobre
audit-summary = Resumen
audit-request = Solicitud
audit-older = Entradas anteriores
audit-none = Ninguna entrada coincide.
audit-download-heading = Descargar estas entradas
audit-download = Descargar
audit-any-action = Cualquier acción
audit-area = { $area } (todas)
audit-actor-gone = Cuenta eliminada
audit-role-creator = participante
audit-role-adult = adulto
audit-role-guardian = tutor
audit-role-judge = juez
audit-role-organizer = organización
audit-role-visitor = visitante
audit-role-system = la plataforma
audit-via-web = web
audit-via-api = API
audit-via-api-token = token de API
audit-via-worker = tarea de fondo
audit-via-seed = datos de demostración
audit-via-cli = línea de comandos
field-audit-actor = Quién
field-audit-actor-hint = Una dirección de correo o un id de cuenta.
field-audit-action = Acción
field-audit-target = Sobre (id)
field-audit-target-hint = El id de un proyecto, cuenta, evento, token…
field-audit-from = Desde (día)
field-audit-to = Hasta (día)
error-audit-action = Una acción tiene la forma área.verbo (moderation.decide), o solo un área (moderation).
error-audit-actor = Escribe una dirección de correo o un id de cuenta.
error-audit-target = Un id tiene la forma 3f0c1e2a-…: 36 caracteres.
error-audit-date = Escribe un día como AAAA-MM-DD.
error-audit-range = El último día es anterior al primero.

## Statistics
console-stats-text = Participantes, países, chicas, categorías, el camino a la galería, evaluación.
stats-heading = Estadísticas
stats-intro = { $event }, contado ahora. Participan los proyectos enviados y sus participantes.
stats-creators = Participantes
stats-projects = Proyectos
stats-countries = Países
stats-girls = Chicas
stats-gender-unknown-share = Género desconocido
stats-group = Grupo
stats-share = Proporción
stats-percent = { $value } %
stats-gender-heading = Género (según lo describen los participantes)
stats-gender-girls = Chicas
stats-gender-boys = Chicos
stats-gender-non-binary = No binario
stats-gender-self-described = Descrito por sí mismo
stats-gender-prefer-not-to-say = Prefiere no decirlo
stats-gender-unknown = Desconocido (sin respuesta)
stats-ages-heading = Grupos de edad (en la fecha de referencia)
stats-categories-heading = Proyectos por categoría
stats-category = Categoría
stats-languages-heading = Proyectos por idioma
stats-language = Idioma
stats-language-none = Sin indicar
stats-countries-heading = Participantes por país
stats-country = País
stats-days-heading = Envíos por día
stats-day = Día
stats-submissions = Envíos
stats-funnel-heading = Del borrador a la galería
stats-stage = Etapa
stats-funnel-drafts = Borradores
stats-funnel-submitted = Enviados
stats-funnel-awaiting-consent = Esperando el consentimiento del tutor
stats-funnel-awaiting-moderation = Esperando moderación
stats-funnel-changes-requested = Cambios solicitados
stats-funnel-rejected = Rechazados
stats-funnel-approved = Aprobados
stats-funnel-published = En la galería
stats-funnel-withdrawn = Retirados
stats-judging-heading = Evaluación
stats-measure = Medida
stats-count = Cantidad
stats-judging-volunteers = Jueces voluntarios
stats-judging-published = Proyectos en la galería
stats-judging-scored-twice = Proyectos puntuados por dos jueces
stats-judging-assignments = Asignaciones
stats-judging-scores = Puntuaciones dadas

## Event settings
settings-heading = Configuración del evento
console-settings-text = Nombre, fechas, reglas, idiomas y categorías del evento.
settings-timezone = Horas en { $timezone }
settings-general = El evento
settings-name = Nombre
settings-dates = Fechas de las fases
settings-dates-hint = Cada fecha y hora está en la zona horaria del evento ({ $timezone }). Las fases avanzan cuando una persona organizadora las mueve; estas son las fechas que ve todo el mundo.
settings-phase-starts = Empieza { $phase }
settings-rules = Reglas
settings-consent-age = Edad de consentimiento
settings-consent-age-hint = Quienes tengan menos de esta edad necesitan el consentimiento de su madre, padre o tutor antes de que se publique nada sobre ellos.
settings-team-size = Equipo más grande
settings-team-size-hint = El máximo de participantes en un proyecto (de 1 a 10).
settings-languages = Idiomas de los proyectos
settings-languages-hint = Los idiomas en los que se pueden escribir los proyectos. No se puede quitar un idioma en el que hay proyectos escritos.
settings-language-projects = { $count ->
    [one] 1 proyecto
   *[other] { $count } proyectos
}
settings-save = Guardar la configuración
settings-saved = Se guardó la configuración del evento.
settings-unchanged = No había cambios, así que no se guardó nada.
settings-categories = Categorías
settings-categories-hint = Se muestran en este orden en la galería y en el formulario del proyecto. Un nombre vacío usa la traducción del sitio para una categoría estándar o, si no, el nombre en inglés.
settings-category-projects = { $count ->
    [0] ningún proyecto
    [one] 1 proyecto
   *[other] { $count } proyectos
}
settings-category-up = Subir
settings-category-up-label = Subir { $name }
settings-category-down = Bajar
settings-category-down-label = Bajar { $name }
settings-category-remove = Quitar
settings-category-remove-label = Quitar { $name }
settings-category-rename = Nombres y descripciones de { $name }
settings-category-language = Idioma
settings-category-name = Nombre
settings-category-description = Descripción de una línea
settings-category-save = Guardar los nombres
settings-category-saved = Se guardaron las categorías.
settings-category-add = Añadir una categoría
settings-category-slug = Identificador
settings-category-slug-hint = Se usa en los enlaces: de 2 a 40 minúsculas, cifras y guiones, como robotica. No se puede cambiar después.
settings-category-add-submit = Añadir la categoría
judging-settings-elsewhere = El tamaño de la preselección ({ $shortlist }) y los favoritos por juez VIP ({ $favourites }) se cambian en la configuración del evento:
settings-refused-consent-age = { $count ->
    [one] Ya se envió 1 proyecto con la edad de consentimiento actual, así que no puede cambiar: ya se decidió quién necesitaba el consentimiento de un tutor.
   *[other] Ya se enviaron { $count } proyectos con la edad de consentimiento actual, así que no puede cambiar: ya se decidió quién necesitaba el consentimiento de un tutor.
}
settings-refused-team-size = { $count ->
    [one] Un equipo ya tiene 1 participante; el límite no puede ser menor.
   *[other] Un equipo ya tiene { $count } participantes; el límite no puede ser menor.
}
settings-refused-language = { $count ->
    [one] Hay 1 proyecto escrito en { $language }, así que debe seguir ofreciéndose.
   *[other] Hay { $count } proyectos escritos en { $language }, así que debe seguir ofreciéndose.
}
settings-refused-favourites = { $count ->
    [one] Un juez VIP ya eligió 1 favorito; el número no puede ser menor.
   *[other] Un juez VIP ya eligió { $count } favoritos en una categoría; el número no puede ser menor.
}
settings-refused-shortlist = Los jueces VIP están eligiendo de la preselección, así que su tamaño no puede cambiar ahora.
settings-refused-deadline = Los envíos están abiertos, así que el plazo no puede quedar en el pasado: pasa el evento a moderación en la página de fases.
error-date-invalid = Escribe una fecha y hora, como 2027-03-31 17:00.
error-date-skipped = Los relojes se saltan esta hora en la zona horaria del evento; elige otra.
error-date-order = Esta fecha debe ser posterior a la anterior.
error-languages-required = Ofrece al menos un idioma.
error-category-slug = Usa de 2 a 40 minúsculas, cifras y guiones sueltos.
error-category-name-required = Una categoría nueva necesita un nombre en inglés.
error-category-exists = El evento ya tiene una categoría con este identificador.
error-category-too-many = Un evento puede tener como mucho 20 categorías.
error-category-has-projects = Hay proyectos en esta categoría, así que se queda: cámbiale el nombre.
error-category-has-judges = Hay jueces VIP que eligen favoritos en esta categoría, así que se queda.
error-category-last = El evento necesita al menos una categoría.

## Certificates
certificates-heading = Certificados
console-certificates-text = Certificados de participación, de favorito y de premio en PDF, de uno en uno o todos en un zip.
certificates-mine-intro = Cada creador de un proyecto de la galería recibe un certificado de participación; los favoritos y los premios tienen el suyo cuando se anuncian los resultados.
certificates-col-name = Creador
certificates-col-project = Proyecto
certificates-col-kind = Certificado
certificates-col-download = Descargar
certificates-col-count = Certificados
certificates-col-requested = Pedido
certificates-col-status = Estado
certificates-col-progress = Progreso
certificates-download-pdf = PDF
certificates-download-zip = Zip
certificates-none = Aún no hay certificados: llegan cuando un proyecto está en la galería.
certificates-organizer-intro = los certificados de cada creador están en su propio idioma.
certificates-bulk = Crear todos los certificados en un zip
certificates-bulk-queued = Se está creando el zip; esta página muestra el progreso.
certificates-list-hint = La lista de todos los certificados, con su enlace de descarga, es una exportación:
certificates-event-none = Todavía no hay proyectos en la galería, así que no hay certificados.
certificates-batches = Archivos zip
certificates-batch-queued = En espera
certificates-batch-running = Creándose
certificates-batch-done = Listo
certificates-batch-failed = Falló
certificates-batch-removed = Eliminado (se borraron los datos de un creador)
certificates-batch-progress = { $done } de { $total }
certificates-batch-size = { $megabytes } MB
certificate-participation-heading = Certificado de participación
certificate-participation-body = por participar con el proyecto
certificate-favourite-heading = Favorito de un juez VIP
certificate-favourite-body = cuyo proyecto fue elegido como favorito por un juez VIP
certificate-award-heading = Certificado de premio
certificate-award-body = cuyo proyecto recibió el
certificate-category = Categoría: { $category }
certificate-presented-to = Este certificado se otorga a
certificate-signature = El equipo organizador
export-certificates = Certificados
export-certificates-text = Todos los certificados: para quién, en qué idioma y con su enlace de descarga.

# The console's counts, and the moderation queue's filters, pages and bulk approval.
console-to-review =
    { $count ->
        [0] No hay nada pendiente de revisión.
        [one] Un proyecto espera revisión.
       *[other] { $count } proyectos esperan revisión.
    }
console-consents-pending =
    { $count ->
        [0] Ningún creador espera el consentimiento de su tutor.
        [one] Un creador espera el consentimiento de su tutor.
       *[other] { $count } creadores esperan el consentimiento de su tutor.
    }
moderation-status = Estado
moderation-status-review = Por revisar
moderation-status-all = Todos
moderation-status-pending = Aún sin decidir
moderation-any-category = Cualquier categoría
moderation-showing = Proyectos { $from }–{ $to } de { $total }
moderation-none-to-review = No hay nada pendiente de revisión.
moderation-past-end =
    Esta página queda más allá del final de la lista ({ $pages ->
        [one] una página
       *[other] { $pages } páginas
    }).
moderation-first-page = Ir a la primera página
moderation-select-project = Seleccionar «{ $title }»
moderation-select-all =
    { $count ->
        [one] Seleccionar el proyecto de esta página
       *[other] Seleccionar los { $count } de esta página
    }
moderation-select-none = Quitar la selección
moderation-bulk-none = No se ha seleccionado ningún proyecto. Marca los proyectos que quieras aprobar y vuelve a pulsar el botón.
moderation-waits-short = Se podrá aprobar cuando llegue el consentimiento del tutor.
moderation-invalid-parameter = Este enlace de moderación tiene un valor no válido para «{ $parameter }». Vuelve a abrir la cola desde la consola.
