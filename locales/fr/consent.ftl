# Guardian consent, moderation, publication.

project-status-awaiting-consent = En attente du consentement d’un parent ou tuteur
project-status-in-review = En cours d’examen
project-status-needs-changes = Modifications nécessaires
project-status-rejected = Non retenu
project-status-published = Publié
project-moderator-says = L’équipe de modération a écrit :
project-consent-heading = Consentement du parent ou du tuteur
project-consent-intro = Avant que le projet puisse être publié, un parent ou un tuteur de chaque créateur de moins de 18 ans doit donner son accord.
project-consent-guardian-email = Adresse e-mail de votre parent ou tuteur
project-consent-send = Demander le consentement
project-consent-answer = Donner le consentement pour ce créateur

consent-state-granted = consentement donné
consent-state-pending = en attente de réponse
consent-state-missing = pas encore demandé
consent-state-not-needed = aucun consentement nécessaire
consent-state-declined = refusé par le parent ou tuteur
consent-state-withdrawn = retiré par le parent ou tuteur
consent-email-invalid = Veuillez saisir une adresse e-mail valide pour votre parent ou tuteur.
consent-email-own = Veuillez saisir l’adresse e-mail de votre parent ou tuteur, et non la vôtre.
consent-resend-wait = Nous avons envoyé la demande il y a quelques minutes. Veuillez patienter un peu avant de la renvoyer.
consent-requested = Nous avons envoyé un e-mail à votre parent ou tuteur.
consent-recorded = Merci : votre réponse est enregistrée.
consent-declined = Votre réponse est enregistrée : le projet ne sera pas publié.

consent-heading = Votre consentement pour la Vitrine des jeunes
consent-intro = { $name } souhaite présenter un projet de programmation dans une vitrine en ligne pour les jeunes. Voici exactement ce qui serait rendu public.
consent-public-heading = Ce qui serait public
consent-public-name = Nom affiché
consent-public-age-group = Tranche d’âge
consent-private-heading = Ce qui reste privé
consent-private-text = Le nom de famille, l’adresse e-mail, la date de naissance, l’établissement scolaire et vos propres coordonnées ne sont jamais affichés publiquement, ni communiqués à des tiers.
consent-choices = Veuillez faire votre choix
consent-scope-publish = Publier le projet avec les informations ci-dessus
consent-scope-photos = Afficher aussi les images où apparaît une personne
consent-scope-contact = Les organisateurs peuvent nous contacter au sujet de l’événement
consent-wording-label = Version du texte
consent-agree = J’accepte ce que j’ai coché
consent-decline = Je refuse
consent-decline-hint = Si vous n’acceptez aucun de ces choix, choisissez « Je refuse » : rien du projet n’est publié.
consent-choose-answer = Veuillez répondre avec l’un des deux boutons : « J’accepte ce que j’ai coché » ou « Je refuse ».
consent-nothing-ticked = Veuillez cocher ce que vous acceptez. Si vous n’acceptez rien, choisissez « Je refuse ».
consent-photos-need-publish = Les images ne sont montrées que sur la page du projet : pour les afficher, cochez aussi « Publier le projet avec les informations ci-dessus », ou décochez les images.
consent-thanks-heading = Merci
consent-thanks-text = Votre réponse est enregistrée. Nous vous avons envoyé par e-mail une confirmation avec un lien pour retirer votre consentement à tout moment.
consent-declined-heading = Votre réponse est enregistrée
consent-declined-text = Le projet ne sera pas publié. Merci d’avoir répondu.
consent-withdraw-heading = Retirer votre consentement
consent-withdraw-intro = Si vous retirez votre consentement, le projet est immédiatement retiré de toutes les pages publiques, et l’équipe ainsi que les organisateurs en sont informés.
consent-withdraw-submit = Retirer mon consentement
consent-withdrawn-heading = Votre consentement est retiré
consent-withdrawn-text = Le projet n’est plus affiché nulle part publiquement.
consent-receipt-heading = Vous avez déjà répondu
consent-receipt-intro = Ce lien a déjà été utilisé : il ne peut plus rien changer. Voici la réponse qu’il a enregistrée.
consent-receipt-answered-at = Réponse donnée le
consent-receipt-withdrawn-at = Consentement retiré le
consent-receipt-change = Si vous avez donné votre accord, l’e-mail de confirmation que nous vous avons envoyé contient un lien pour retirer votre consentement à tout moment. Pour donner une autre réponse, demandez au jeune de vous envoyer une nouvelle demande.
consent-answer-granted = Oui
consent-answer-declined = Non
consent-answer-withdrawn = Oui, retiré depuis
consent-link-used-text = Chaque lien de consentement ne fonctionne qu’une seule fois.
consent-link-expired-text = Les liens de consentement ne fonctionnent que pendant une durée limitée. Si vous souhaitez encore répondre, demandez au jeune de vous envoyer une nouvelle demande.
consent-link-invalid-text = Ce lien n’est pas valide. Vérifiez que vous l’avez copié en entier depuis l’e-mail.

age-bracket-up-to-10 = 10 ans ou moins
age-bracket-11-13 = 11 à 13 ans
age-bracket-14-16 = 14 à 16 ans
age-bracket-17-18 = 17 à 18 ans

moderation-heading = Modération
moderation-filter = Filtrer
moderation-select = Sélectionner
moderation-consent = Consentement
moderation-consents = { $given } sur { $needed }
moderation-state = Examen
moderation-state-pending = À examiner
moderation-state-approved = Approuvé
moderation-state-rejected = Non retenu
moderation-state-changes-requested = Modifications demandées
moderation-bulk-approve = Approuver les projets sélectionnés
moderation-empty = Aucun projet soumis ne correspond.
moderation-decide = Décision
moderation-reason = Motif, pour l’équipe
moderation-reason-hint = Obligatoire si vous demandez des modifications ou si vous ne retenez pas le projet. L’équipe le reçoit par e-mail.
moderation-approve = Approuver
moderation-request-changes = Demander des modifications
moderation-reject = Ne pas retenir
moderation-saved = La décision est enregistrée et l’équipe a été prévenue.
moderation-reason-required = Veuillez indiquer un motif à l’équipe.
moderation-reason-too-long = Le motif peut comporter au maximum 1 000 caractères.
moderation-decision-approved = il est approuvé
moderation-decision-rejected = il n’a pas été retenu
moderation-decision-changes-requested = il a besoin de quelques modifications
console-moderation-text = Examiner les projets soumis.
console-published-text = Les projets publiés et les consentements qui les autorisent.
published-heading = Projets publiés
published-intro = Chaque projet publié, avec les consentements enregistrés qui l’ont autorisé.
published-none = Rien n’est encore publié.
published-creator = Créateur ou créatrice
published-scope = Consentement
published-given-by = Donné par
published-given-at = Date
published-wording = Version du texte

email-consent-request-subject = Votre consentement pour le projet de { $name }
email-consent-reminder-subject = Rappel : votre consentement pour le projet de { $name }
email-consent-request-text = { $name } a inscrit le projet « { $title } » dans une vitrine en ligne de jeunes programmeurs et vous demande votre consentement pour le publier.
email-consent-request-action = Veuillez regarder exactement ce qui serait rendu public, puis nous indiquer votre choix :
email-consent-request-button = Voir le projet et répondre
email-consent-request-expires =
    { $days ->
        [one] Le lien fonctionne une seule fois, pendant un jour.
       *[other] Le lien fonctionne une seule fois, pendant { $days } jours.
    }
email-consent-request-ignore = Si vous ne connaissez pas cette jeune personne, vous pouvez ignorer cet e-mail.
email-consent-confirmation-subject = Votre consentement pour { $name } est enregistré
email-consent-confirmation-text = Merci. Votre consentement pour { $name } et le projet « { $title } » est enregistré.
email-consent-confirmation-withdraw = Vous pouvez le retirer à tout moment grâce à ce lien ; le projet disparaît alors immédiatement de toutes les pages publiques :
email-consent-withdrawn-subject = Consentement retiré : « { $title } »
email-consent-withdrawn-text = Un parent ou un tuteur a retiré son consentement pour { $creator }. Le projet « { $title } » n’est plus public.
email-moderation-subject = Des nouvelles de votre projet « { $title } »
email-moderation-text = L’équipe de modération a examiné votre projet « { $title } » : { $decision }.
email-moderation-reason = Message de l’équipe de modération :
moderation-review-change = Modification d’un projet publié
moderation-review-new = Nouvelle soumission
moderation-waiting = En attente
moderation-revision = Version { $number }
moderation-changes-heading = Ce qui changerait
moderation-changes-intro = Le public voit la version approuvée. Approuver publie ces modifications ; les refuser garde la version approuvée en ligne.
moderation-change-what = Quoi
moderation-change-public = En ligne actuellement
moderation-change-new = Proposé
moderation-no-changes = Rien n’attend de décision : le public voit cette version.
moderation-content-heading = La version à examiner
moderation-member-new = nouveau dans l’équipe
moderation-reject-change = Refuser ces modifications
moderation-change-image-added = Nouvelle image
moderation-change-image-removed = Image retirée
moderation-change-image-changed = Description de l’image
moderation-change-member-added = Nouveau membre de l’équipe
moderation-change-member-removed = A quitté l’équipe
moderation-consent-by-guardian =
    Donné depuis une adresse chez { $domain }, qui { $others ->
        [0] n’a répondu pour aucun autre créateur
        [one] a aussi répondu pour un autre créateur
       *[other] a aussi répondu pour { $others } autres créateurs
    }.
moderation-consent-by-adult =
    Donné dans l’application par l’adulte qui gère ce profil ({ $domain }), qui { $others ->
        [0] n’a répondu pour aucun autre créateur
        [one] a aussi répondu pour un autre créateur
       *[other] a aussi répondu pour { $others } autres créateurs
    }.
moderation-consent-for-revision = (version montrée : { $number })
moderation-revision-outdated = L’équipe a modifié le projet pendant que vous le consultiez. Examinez la nouvelle version.
moderation-waits-for-consent = Un membre de l’équipe n’a pas encore le consentement de son responsable. Approuver maintenant retirerait tout le projet : approuvez ces modifications quand le consentement sera arrivé.
moderation-decision-change-rejected = toujours publié comme avant : vos dernières modifications n’ont pas été acceptées
moderation-decision-change-changes-requested = toujours publié comme avant : vos dernières modifications demandent d’abord quelques ajustements
revision-status-pending = en attente de décision
revision-status-approved = approuvée
revision-status-rejected = non acceptée
revision-status-changes-requested = modifications demandées
revision-status-superseded = remplacée par une version plus récente
project-status-published-changes-in-review = Publié · modifications en cours d’examen
project-status-published-changes-declined = Publié · modifications non acceptées
consent-email-account = Cette adresse appartient à un compte ici. Demande à ton parent ou responsable sa propre adresse e-mail.
consent-submit-first = Soumets d’abord ton projet : ton responsable verra exactement ce qui sera public.
