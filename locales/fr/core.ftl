site-name = Vitrine des jeunes
site-tagline = De jeunes créateurs du monde entier présentent ce qu’ils ont construit.
skip-to-content = Aller au contenu principal
nav-main-label = Navigation principale
nav-home = Accueil
language-switcher-label = Langue
footer-about = Une plateforme libre pour les vitrines de programmation des jeunes en ligne.

format-date-time = %-d %B %Y, %H:%M %Z
format-number = { NUMBER($n) }

error-not-found-heading = Page introuvable
error-not-found-message = Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée, ou n’a jamais existé.
error-forbidden-heading = Accès refusé
error-forbidden-message = Vous n’avez pas accès à cette page.
error-bad-request-heading = Cette demande pose problème
error-bad-request-message = Vérifiez ce que vous avez saisi et réessayez.
error-server-heading = Un problème est survenu de notre côté
error-server-message = Désolés ! Réessayez dans un instant. Si cela continue, prévenez les organisateurs.
error-back-home = Retour à l’accueil
