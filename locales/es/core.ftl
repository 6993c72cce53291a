site-name = Muestra Juvenil
site-tagline = Jóvenes creadores de todo el mundo muestran lo que han construido.
skip-to-content = Saltar al contenido principal
nav-main-label = Navegación principal
nav-home = Inicio
language-switcher-label = Idioma
footer-about = Una plataforma de código abierto para muestras de programación juvenil en línea.

format-date-time = %-d de %B de %Y, %H:%M %Z
format-date = %-d de %B de %Y

error-not-found-heading = Página no encontrada
error-not-found-message = No hemos encontrado esa página. Puede que se haya movido o que nunca haya existido.
error-forbidden-heading = Acceso no permitido
error-forbidden-message = No tienes acceso a esta página.
error-bad-request-heading = Algo no está bien en esa solicitud
error-bad-request-message = Revisa lo que has escrito e inténtalo de nuevo.
error-server-heading = Algo ha fallado por nuestra parte
error-server-message = ¡Lo sentimos! Inténtalo de nuevo en un momento. Si sigue pasando, avisa a la organización.
error-unavailable-heading = Volvemos enseguida
error-unavailable-message = La muestra no está disponible un momento mientras se reinicia una parte. Todo lo que ya guardaste está a salvo. Inténtalo de nuevo en un minuto; si estabas enviando un formulario, vuelve atrás y envíalo otra vez.
error-back-home = Volver a la página de inicio

nav-sign-in = Iniciar sesión
nav-register = Registrarse
nav-account = Mi cuenta
nav-sign-out = Cerrar sesión
nav-organizer = Consola de organización
nav-judge = Evaluación

error-csrf-heading = Este formulario ha caducado
error-csrf-message = Por tu seguridad, vuelve atrás, recarga la página y envía el formulario otra vez.
error-too-many-requests-heading = Demasiados intentos
error-too-many-requests-message = Espera un minuto antes de volver a intentarlo.
select-choose = Elige…
file-choose = Elegir un archivo
nav-projects = Mis proyectos
error-api-not-found = No hay nada con este identificador, o no está publicado.
error-api-unauthorized = Se necesita un token de API válido (Authorization: Bearer sct_…).
error-api-missing-scope = Este token no tiene el permiso «{ $scope }».
error-api-server = Algo salió mal por nuestra parte. Inténtalo de nuevo en un momento.
error-api-unavailable = El servicio no está disponible por un momento. Inténtalo de nuevo cuando pasen los segundos que indica la cabecera Retry-After.
error-refused-heading = Eso no se puede hacer ahora
error-refused-message = Algo cambió mientras tanto, o una regla de la muestra no lo permite.
error-too-large-heading = Era demasiado grande
error-too-large-message = Lo que enviaste es más grande de lo que aceptamos. Envía algo más pequeño.
error-not-in-phase = { $action } es posible mientras el evento está en: { $phases }.
list-separator = {", "}
