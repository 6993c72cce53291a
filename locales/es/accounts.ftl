# Registration, sign-in, passwords, sign-in links, invitations and the account page.

role-creator = Creador/a
role-adult = Madre, padre, tutor/a o mentor/a
role-judge = Jurado
role-organizer = Organizador/a

field-email = Correo electrónico
field-password = Contraseña
field-new-password = Nueva contraseña
field-first-name = Nombre
field-surname = Apellidos
field-display-name = Nombre público
field-your-name = Tu nombre
field-birth-year = Año de nacimiento
field-birth-month = Mes de nacimiento
field-country = País
field-gender = Género (opcional)
field-gender-description = Tu género, con tus propias palabras
field-language = Idioma
field-role = Rol
field-token-name = Nombre del token

hint-password = Al menos 10 caracteres. Unas cuantas palabras que vayas a recordar forman una buena contraseña.
hint-surname-private = Es privado: nunca se muestra en el sitio.
hint-display-name-public = Se muestra junto a tu proyecto; por ejemplo, tu nombre o un apodo.
hint-birth-private = Solo se usa para comprobar las normas de edad; nunca se muestra.
hint-gender = Opcional. Solo se usa, de forma anónima, para las estadísticas de diversidad del evento.

gender-female = Chica o mujer
gender-male = Chico u hombre
gender-non_binary = No binario
gender-self_described = Lo describo con mis palabras
gender-undisclosed = Prefiero no decirlo

error-email-required = Escribe tu dirección de correo electrónico.
error-email-invalid = Esto no parece una dirección de correo electrónico (por ejemplo, nombre@example.org).
error-email-too-long = Esta dirección de correo electrónico es demasiado larga.
error-password-too-short = Tu contraseña necesita al menos 10 caracteres.
error-password-too-long = Tu contraseña puede tener como máximo 128 caracteres.
error-password-common = Esta contraseña es demasiado fácil de adivinar. Prueba con unas cuantas palabras que solo tengan relación entre sí para ti.
error-display-name-required = Escribe un nombre para mostrar.
error-display-name-too-long = El nombre público puede tener como máximo 50 caracteres.
error-name-required = Escribe un nombre.
error-name-too-long = Un nombre puede tener como máximo 100 caracteres.
error-text-control-characters = Quita los caracteres especiales invisibles de este texto.
error-birth-date-invalid = Elige un año y un mes de nacimiento válidos.
error-age-too-young-to-register = A los creadores menores de 13 años los registra su madre, padre, tutor/a o mentor/a.
error-age-too-old-for-creator = Los creadores deben tener 18 años o menos. Las personas adultas pueden registrarse como madre, padre, tutor/a o mentor/a.
error-country-invalid = Elige un país de la lista.
error-gender-invalid = Elige una de las opciones.
error-gender-description-required = Describe tu género o elige otra opción.
error-gender-description-too-long = Usa como máximo 50 caracteres.
error-language-invalid = Elige un idioma de la lista.
error-role-invalid = Elige un rol de la lista.
error-sign-in-failed = El correo electrónico o la contraseña no son correctos.

register-heading = Crear una cuenta
register-intro = ¿Quién eres?
register-as-creator = Tengo entre 13 y 18 años y quiero mostrar mi proyecto
register-as-adult = Soy madre, padre, tutor/a o mentor/a (registro a creadores menores de 13 años)
register-have-account = Ya tengo una cuenta
register-under-13 = ¿Tienes menos de 13 años? Te registra tu madre, padre, tutor/a o mentor/a.
register-creator-heading = Registrarse como creador/a
register-creator-intro = Para creadores de 13 a 18 años. Públicamente solo se muestran tu nombre público, tu país y tu grupo de edad.
register-adult-heading = Registrarse como madre, padre, tutor/a o mentor/a
register-adult-intro = Después podrás añadir a los jóvenes creadores que tienes a tu cargo.
register-submit = Crear mi cuenta

check-email-heading = Revisa tu bandeja de entrada
check-email-text = Si se puede usar esta dirección, te hemos enviado un correo con un enlace. Ábrelo para continuar.
check-email-spam = ¿No ha llegado nada después de unos minutos? Mira en tu carpeta de spam.

verify-heading = Confirma tu dirección de correo electrónico
verify-intro = Pulsa el botón para confirmar que esta es tu dirección.
verify-submit = Confirmar mi dirección
verify-done = Tu dirección de correo electrónico está confirmada. ¡Te damos la bienvenida!
verify-first-heading = Primero confirma tu dirección de correo electrónico
verify-first-text = Te hemos enviado un enlace nuevo. Ábrelo y vuelve a iniciar sesión.

sign-in-heading = Iniciar sesión
sign-in-submit = Iniciar sesión
sign-in-with = Iniciar sesión con { $provider }

forgot-heading = ¿Has olvidado tu contraseña?
forgot-intro = Escribe tu dirección de correo electrónico y te enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Envíame un enlace
forgot-sent = Si alguna cuenta usa esta dirección, le hemos enviado un enlace para elegir una contraseña nueva.
reset-heading = Elige una contraseña nueva
reset-submit = Guardar mi nueva contraseña
reset-done = Tu nueva contraseña se ha guardado. Ya has iniciado sesión.

link-heading = Envíame un enlace de inicio de sesión por correo
link-intro = Para el jurado y la organización: te enviamos un enlace que inicia tu sesión una sola vez.
link-submit = Envíame un enlace de inicio de sesión
link-sent = Si esta dirección pertenece a un miembro del jurado o de la organización, le hemos enviado un enlace de inicio de sesión.
link-confirm-heading = Iniciar sesión en la muestra

token-invalid-heading = Este enlace no funciona
token-invalid-text = El enlace no es válido. Comprueba que lo has copiado entero o pide uno nuevo.
token-used-heading = Este enlace ya se ha usado
token-used-text = Cada enlace funciona solo una vez. Si todavía necesitas iniciar sesión, pide uno nuevo.
token-expired-heading = Este enlace ha caducado
token-expired-text = Los enlaces solo funcionan durante un tiempo limitado. Pide uno nuevo.

oauth-failed-heading = No se ha podido iniciar sesión
oauth-declined-text = El inicio de sesión se canceló en el proveedor.
oauth-expired-text = Este intento de inicio de sesión ha caducado o ya se ha usado. Vuelve a empezar.
oauth-failed-text = No hemos podido confirmar tu cuenta con el proveedor. Inténtalo de nuevo o usa un enlace de inicio de sesión enviado por correo.
oauth-unknown-heading = No hay ninguna invitación para esta cuenta
oauth-unknown-text = La dirección { $email } no ha recibido ninguna invitación como jurado ni como organizador/a. Pide a la organización que invite a esta dirección.

invitation-heading = Tienes una invitación
invitation-intro = Te han invitado como { $role } ({ $email }). Inicia sesión con un proveedor usando esta dirección, o acepta aquí.
invitation-accept = Aceptar la invitación
invitation-accepted = ¡Te damos la bienvenida! Has aceptado la invitación.

account-heading = Mi cuenta
account-intro = Has iniciado sesión como { $email }. Roles: { $roles }.
account-save = Guardar
account-saved = Tus cambios se han guardado.

children-heading = Jóvenes creadores a mi cargo
children-intro = Los creadores menores de 13 años no tienen inicio de sesión propio: tú los añades aquí y actúas en su nombre.
children-none = Todavía no has añadido a nadie.
children-age = Edad
children-add-heading = Añadir a un joven creador
children-add-intro = Públicamente solo se muestran el nombre público, el país y el grupo de edad.
children-add-submit = Añadir
children-added = Se ha añadido al joven creador.

email-greeting = Hola, { $name }:
email-footer = Recibes este correo porque tienes una cuenta en la Muestra Juvenil.
email-ignore = Si no lo has pedido tú, puedes ignorar este correo.
email-link-fallback = Si el botón no funciona, copia esta dirección en tu navegador:
email-link-expires =
    { $minutes ->
        [one] El enlace funciona una sola vez, durante un minuto.
       *[other] El enlace funciona una sola vez, durante { $minutes } minutos.
    }
email-verify-email-subject = Confirma tu dirección de correo electrónico
email-verify-email-text = Confirma tu dirección de correo electrónico para terminar de crear tu cuenta.
email-verify-email-button = Confirmar mi dirección
email-reset-password-subject = Elige una contraseña nueva
email-reset-password-text = Alguien ha pedido restablecer la contraseña de tu cuenta. Usa este enlace para elegir una nueva.
email-reset-password-button = Elegir una contraseña nueva
email-sign-in-link-subject = Tu enlace de inicio de sesión
email-sign-in-link-text = Usa este enlace para iniciar sesión en la muestra.
email-sign-in-link-button = Iniciar sesión
email-already-registered-subject = Alguien ha intentado registrarse con tu dirección
email-already-registered-text = Alguien ha intentado crear una cuenta con tu dirección de correo electrónico, pero ya tienes una. Si has sido tú, inicia sesión o elige una contraseña nueva aquí:
email-invitation-subject = Te invitamos como { $role }
email-invitation-text = La organización de la Muestra Juvenil te invita a unirte como { $role }.
email-invitation-button = Aceptar la invitación
email-invitation-expires =
    { $days ->
        [one] La invitación es válida durante un día.
       *[other] La invitación es válida durante { $days } días.
    }
error-sign-in-account-limit = Demasiadas contraseñas incorrectas para esta cuenta. Espera un rato antes de volver a intentarlo o elige una contraseña nueva con «¿Olvidaste tu contraseña?».
signed-out-everywhere = Has cerrado sesión en todos los dispositivos.
token-revoked-heading = Este enlace ya no funciona
token-revoked-text = La contraseña de esta cuenta se cambió después de enviar este enlace, así que dejó de funcionar. Pide uno nuevo si aún lo necesitas.
account-sign-out-everywhere = Cerrar sesión en todos los dispositivos
account-sign-out-everywhere-hint = Cierra todas las sesiones de esta cuenta, en este dispositivo y en todos los demás (por ejemplo, un ordenador compartido en el que olvidaste cerrar sesión).

## Data rights
account-download-data = Descargar mis datos
account-download-data-hint = Todo lo que guardamos sobre ti y los perfiles infantiles que gestionas, en un archivo JSON.
account-delete-link = Eliminar mi cuenta
children-actions = Acciones
children-delete = Eliminar el perfil de { $name }
erase-confirm = Entiendo que no se puede deshacer.
error-erase-confirm = Marca la casilla para confirmar.
erase-keep = Conservar mi cuenta
erase-account-heading = Eliminar tu cuenta
erase-account-intro = Esto elimina tu cuenta, cada perfil infantil que gestionas, sus consentimientos y cada proyecto que era solo tuyo, con sus imágenes. Los proyectos en equipo siguen para los demás miembros, sin ti. Se descartan los correos pendientes de envío. No se puede deshacer: descarga antes tus datos si quieres una copia.
erase-account-submit = Eliminar mi cuenta definitivamente
erase-account-done-heading = Tu cuenta está eliminada
erase-account-done = Todo lo tuyo ha desaparecido de la muestra: tu cuenta, tus perfiles y los proyectos que eran solo tuyos. Gracias por participar.
erase-child-heading = Eliminar el perfil de { $name }
erase-child-intro = Esto elimina el perfil de { $name }, sus consentimientos y cada proyecto que era solo suyo, con sus imágenes. Un proyecto en equipo sigue para los demás miembros, sin { $name }. No se puede deshacer.
erase-child-submit = Eliminar este perfil definitivamente
erase-child-done = El perfil y todo lo relacionado se han eliminado.
erase-refused-staff = Las cuentas de jueces y de la organización las elimina la organización: pídeselo.
