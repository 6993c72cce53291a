# Guardian consent, moderation, publication.

project-status-awaiting-consent = A la espera del consentimiento de madre, padre o tutor/a
project-status-in-review = En revisión
project-status-needs-changes = Necesita cambios
project-status-rejected = No aceptado
project-status-published = Publicado
project-moderator-says = El equipo de moderación ha escrito:
project-consent-heading = Consentimiento de madre, padre o tutor/a
project-consent-intro = Antes de publicar el proyecto, hace falta el consentimiento de la madre, el padre o el tutor/a de cada creador menor de 18 años.
project-consent-guardian-email = Correo electrónico de tu madre, padre o tutor/a
project-consent-send = Pedir el consentimiento
project-consent-answer = Dar el consentimiento para este creador

consent-state-granted = consentimiento dado
consent-state-pending = esperando respuesta
consent-state-missing = todavía no se ha pedido
consent-state-not-needed = no hace falta consentimiento
consent-state-declined = denegado por el tutor o la tutora
consent-state-withdrawn = retirado por el tutor o la tutora
consent-email-invalid = Escribe una dirección de correo electrónico válida de tu madre, padre o tutor/a.
consent-email-own = Escribe la dirección de correo electrónico de tu madre, padre o tutor/a, no la tuya.
consent-resend-wait = Enviamos la solicitud hace unos minutos. Espera un poco antes de volver a enviarla.
consent-requested = Hemos enviado un correo a tu madre, padre o tutor/a.
consent-recorded = Gracias: la respuesta ha quedado registrada.
consent-declined = La respuesta ha quedado registrada: el proyecto no se publicará.

consent-heading = Su consentimiento para la Muestra Juvenil
consent-intro = { $name } quiere mostrar un proyecto de programación en una muestra en línea para jóvenes. A continuación puede ver exactamente qué sería público.
consent-public-heading = Qué sería público
consent-public-name = Nombre que se muestra
consent-public-age-group = Grupo de edad
consent-private-heading = Qué sigue siendo privado
consent-private-text = Los apellidos, la dirección de correo electrónico, la fecha de nacimiento, el centro educativo y sus propios datos nunca se muestran públicamente ni se ceden a terceros.
consent-choices = Por favor, elija
consent-scope-publish = Publicar el proyecto con los datos indicados arriba
consent-scope-photos = Mostrar también las imágenes en las que aparece una persona
consent-scope-contact = La organización puede ponerse en contacto con nosotros sobre el evento
consent-wording-label = Versión del texto
consent-agree = Acepto lo que he marcado
consent-decline = No doy mi consentimiento
consent-decline-hint = Si no está de acuerdo con ninguna de estas opciones, elija «No doy mi consentimiento»: no se publicará nada del proyecto.
consent-choose-answer = Responda con uno de los dos botones: «Acepto lo que he marcado» o «No doy mi consentimiento».
consent-nothing-ticked = Marque aquello con lo que está de acuerdo. Si no está de acuerdo con nada, elija «No doy mi consentimiento».
consent-photos-need-publish = Las imágenes solo se muestran en la página del proyecto: para mostrarlas, marque también «Publicar el proyecto con los datos indicados arriba», o desmarque las imágenes.
consent-thanks-heading = Gracias
consent-thanks-text = Su respuesta ha quedado registrada. Le hemos enviado por correo una confirmación con un enlace para retirar su consentimiento en cualquier momento.
consent-declined-heading = Su respuesta ha quedado registrada
consent-declined-text = El proyecto no se publicará. Gracias por responder.
consent-withdraw-heading = Retirar su consentimiento
consent-withdraw-intro = Si retira su consentimiento, el proyecto desaparecerá de inmediato de todas las páginas públicas y se avisará al equipo y a la organización.
consent-withdraw-submit = Retirar mi consentimiento
consent-withdrawn-heading = Ha retirado su consentimiento
consent-withdrawn-text = El proyecto ya no se muestra en ningún lugar público.
consent-receipt-heading = Ya ha respondido
consent-receipt-intro = Este enlace ya se ha usado, así que no puede cambiar nada. Esta es la respuesta que quedó registrada.
consent-receipt-answered-at = Fecha de la respuesta
consent-receipt-withdrawn-at = Fecha en que se retiró
consent-receipt-change = Si dio su consentimiento, el correo de confirmación que le enviamos tiene un enlace para retirarlo en cualquier momento. Para dar otra respuesta, pida a la persona joven que le envíe una nueva solicitud.
consent-answer-granted = Sí
consent-answer-declined = No
consent-answer-withdrawn = Sí, retirado después
consent-link-used-text = Cada enlace de consentimiento solo funciona una vez.
consent-link-expired-text = Los enlaces de consentimiento solo funcionan durante un tiempo limitado. Si aún quiere responder, pida a la persona joven que le envíe una nueva solicitud.
consent-link-invalid-text = El enlace no es válido. Compruebe que lo ha copiado completo del correo.

age-bracket-up-to-10 = 10 años o menos
age-bracket-11-13 = De 11 a 13 años
age-bracket-14-16 = De 14 a 16 años
age-bracket-17-18 = De 17 a 18 años

moderation-heading = Moderación
moderation-filter = Filtrar
moderation-select = Seleccionar
moderation-consent = Consentimiento
moderation-consents = { $given } de { $needed }
moderation-state = Revisión
moderation-state-pending = Por revisar
moderation-state-approved = Aprobado
moderation-state-rejected = No aceptado
moderation-state-changes-requested = Cambios solicitados
moderation-bulk-approve = Aprobar los proyectos seleccionados
moderation-empty = No hay proyectos enviados que coincidan.
moderation-decide = Decisión
moderation-reason = Motivo, para el equipo
moderation-reason-hint = Obligatorio si pides cambios o no aceptas el proyecto. El equipo lo recibe por correo.
moderation-approve = Aprobar
moderation-request-changes = Pedir cambios
moderation-reject = No aceptar
moderation-saved = La decisión se ha guardado y se ha avisado al equipo.
moderation-reason-required = Indica un motivo para el equipo.
moderation-reason-too-long = El motivo puede tener como máximo 1.000 caracteres.
moderation-decision-approved = se ha aprobado
moderation-decision-rejected = no se ha aceptado
moderation-decision-changes-requested = necesita algunos cambios
console-moderation-text = Revisar los proyectos enviados.
console-published-text = Proyectos publicados y los consentimientos que los respaldan.
published-heading = Proyectos publicados
published-intro = Todos los proyectos publicados, con los registros de consentimiento que permitieron publicarlos.
published-none = Todavía no hay nada publicado.
published-creator = Creador/a
published-scope = Consentimiento
published-given-by = Dado por
published-given-at = Fecha
published-wording = Versión del texto

email-consent-request-subject = Su consentimiento para el proyecto de { $name }
email-consent-reminder-subject = Recordatorio: su consentimiento para el proyecto de { $name }
email-consent-request-text = { $name } ha inscrito el proyecto «{ $title }» en una muestra en línea para jóvenes programadores y le pide su consentimiento para publicarlo.
email-consent-request-action = Consulte exactamente qué sería público y díganos qué decide:
email-consent-request-button = Ver el proyecto y responder
email-consent-request-expires =
    { $days ->
        [one] El enlace funciona una sola vez, durante un día.
       *[other] El enlace funciona una sola vez, durante { $days } días.
    }
email-consent-request-ignore = Si no conoce a la persona joven que se menciona, puede ignorar este correo.
email-consent-confirmation-subject = Su consentimiento para { $name } ha quedado registrado
email-consent-confirmation-text = Gracias. Ha quedado registrado su consentimiento para { $name } y el proyecto «{ $title }».
email-consent-confirmation-withdraw = Puede retirarlo en cualquier momento con este enlace; el proyecto desaparecerá entonces de inmediato de todas las páginas públicas:
email-consent-withdrawn-subject = Consentimiento retirado: «{ $title }»
email-consent-withdrawn-text = La madre, el padre o el tutor/a de { $creator } ha retirado su consentimiento. El proyecto «{ $title }» ya no es público.
email-moderation-subject = Novedades sobre tu proyecto «{ $title }»
email-moderation-text = El equipo de moderación ha revisado tu proyecto «{ $title }»: { $decision }.
email-moderation-reason = Mensaje del equipo de moderación:
moderation-review-change = Cambio en un proyecto publicado
moderation-review-new = Nueva presentación
moderation-waiting = Pendiente
moderation-revision = Versión { $number }
moderation-changes-heading = Qué cambiaría
moderation-changes-intro = El público ve la versión aprobada. Aprobar publica estos cambios; rechazarlos mantiene publicada la versión aprobada.
moderation-change-what = Qué
moderation-change-public = Publicado ahora
moderation-change-new = Propuesto
moderation-no-changes = No hay nada pendiente de decisión: el público ve esta versión.
moderation-content-heading = La versión sobre la que decidir
moderation-member-new = nuevo en el equipo
moderation-reject-change = Rechazar estos cambios
moderation-change-image-added = Imagen nueva
moderation-change-image-removed = Imagen quitada
moderation-change-image-changed = Descripción de la imagen
moderation-change-member-added = Nuevo miembro del equipo
moderation-change-member-removed = Dejó el equipo
moderation-consent-by-guardian =
    Dado desde una dirección de { $domain }, que { $others ->
        [0] no ha respondido por ningún otro creador
        [one] también ha respondido por otro creador
       *[other] también ha respondido por otros { $others } creadores
    }.
moderation-consent-by-adult =
    Dado en la aplicación por el adulto que gestiona este perfil ({ $domain }), que { $others ->
        [0] no ha respondido por ningún otro creador
        [one] también ha respondido por otro creador
       *[other] también ha respondido por otros { $others } creadores
    }.
moderation-consent-for-revision = (versión mostrada: { $number })
moderation-revision-outdated = El equipo cambió el proyecto mientras lo mirabas. Revisa la versión nueva.
moderation-waits-for-consent = Un miembro del equipo aún no tiene el consentimiento de su tutor. Aprobar ahora retiraría todo el proyecto: aprueba estos cambios cuando llegue el consentimiento.
moderation-decision-change-rejected = sigue publicado como antes: tus últimos cambios no se aceptaron
moderation-decision-change-changes-requested = sigue publicado como antes: tus últimos cambios necesitan algunos ajustes primero
revision-status-pending = pendiente de decisión
revision-status-approved = aprobada
revision-status-rejected = no aceptada
revision-status-changes-requested = se pidieron cambios
revision-status-superseded = sustituida por una versión más nueva
project-status-published-changes-in-review = Publicado · cambios en revisión
project-status-published-changes-declined = Publicado · cambios no aceptados
consent-email-account = Esta dirección pertenece a una cuenta de aquí. Pide a tu madre, padre o tutor su propia dirección de correo.
consent-submit-first = Envía primero tu proyecto: tu tutor verá exactamente lo que será público.
