site-name = Vitrine des jeunes
site-tagline = De jeunes créateurs du monde entier présentent ce qu’ils ont construit.
skip-to-content = Aller au contenu principal
nav-main-label = Navigation principale
nav-home = Accueil
language-switcher-label = Langue
footer-about = Une plateforme libre pour les vitrines de programmation des jeunes en ligne.

format-date-time = %-d %B %Y, %H:%M %Z
format-date = %-d %B %Y

error-not-found-heading = Page introuvable
error-not-found-message = Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée, ou n’a jamais existé.
error-forbidden-heading = Accès refusé
error-forbidden-message = Vous n’avez pas accès à cette page.
error-bad-request-heading = Cette demande pose problème
error-bad-request-message = Vérifiez ce que vous avez saisi et réessayez.
error-server-heading = Un problème est survenu de notre côté
error-server-message = Désolés ! Réessayez dans un instant. Si cela continue, prévenez les organisateurs.
error-unavailable-heading = Nous revenons tout de suite
error-unavailable-message = La vitrine est brièvement indisponible pendant qu’une partie redémarre. Tout ce qui est déjà enregistré est en sécurité. Réessayez dans une minute ; si vous envoyiez un formulaire, revenez en arrière et envoyez-le à nouveau.
error-back-home = Retour à l’accueil

nav-sign-in = Se connecter
nav-register = S’inscrire
nav-account = Mon compte
nav-sign-out = Se déconnecter
nav-organizer = Console d’organisation
nav-judge = Évaluation

error-csrf-heading = Ce formulaire a expiré
error-csrf-message = Pour votre sécurité, revenez en arrière, rechargez la page et renvoyez le formulaire.
error-too-many-requests-heading = Trop de tentatives
error-too-many-requests-message = Veuillez patienter une minute avant de réessayer.
select-choose = Choisir…
file-choose = Choisir un fichier
nav-projects = Mes projets
error-api-not-found = Rien ne porte cet identifiant, ou ce n’est pas publié.
error-api-unauthorized = Un jeton d’API valide est nécessaire (Authorization: Bearer sct_…).
error-api-missing-scope = Ce jeton n’a pas la portée « { $scope } ».
error-api-server = Un problème est survenu de notre côté. Réessayez dans un instant.
error-api-unavailable = Le service est brièvement indisponible. Réessayez après le nombre de secondes indiqué par l’en-tête Retry-After.
error-refused-heading = Ce n’est pas possible pour le moment
error-refused-message = Quelque chose a changé entre-temps, ou une règle de la vitrine ne le permet pas.
error-too-large-heading = C’était trop volumineux
error-too-large-message = Ce que vous avez envoyé dépasse la taille acceptée. Envoyez quelque chose de plus petit.
error-not-in-phase = { $action } est possible lorsque l’événement est en : { $phases }.
list-separator = {", "}
