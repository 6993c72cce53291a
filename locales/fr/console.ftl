# Organizers' console, judges' panel and the development mailbox.

console-open-invitations =
    { $count ->
        [0] Aucune invitation en attente.
        [one] Une invitation en attente.
       *[other] { $count } invitations en attente.
    }
console-tokens-text = Jetons pour judge-cli et d’autres outils.
console-failed-emails =
    { $count ->
        [0] Aucun e-mail en échec.
        [one] Un e-mail n’a pas pu être envoyé.
       *[other] { $count } e-mails n’ont pas pu être envoyés.
    }

invitations-heading = Invitations
invitations-list-heading = Invitations envoyées
invitations-none = Aucune invitation pour l’instant.
invitations-status = Statut
invitations-created = Envoyée le
invitation-status-open = En attente
invitation-status-accepted = Acceptée
invitation-status-expired = Expirée
invite-heading = Inviter un membre du jury ou un organisateur
invite-intro = La personne reçoit un e-mail avec un lien. Les membres du jury peuvent aussi se connecter avec un fournisseur en utilisant l’adresse invitée.
invite-submit = Envoyer l’invitation
invite-sent = L’invitation est en route.

tokens-heading = Jetons d’API
tokens-list-heading = Vos jetons
tokens-none = Vous n’avez pas encore de jeton.
tokens-prefix = Commence par
tokens-scopes = Autorisations
tokens-created = Créé le
tokens-last-used = Dernière utilisation
tokens-actions = Actions
token-create-heading = Créer un jeton
token-create-intro = Donnez-lui un nom que vous reconnaîtrez, et uniquement les autorisations dont il a besoin.
token-create-submit = Créer le jeton
token-created = Votre nouveau jeton :
token-shown-once = Copiez-le maintenant : il n’est affiché que cette fois-ci. Toute personne qui le possède peut agir en votre nom, dans la limite de ses autorisations.
token-never-used = Jamais
token-revoke = Révoquer
token-revoked = Le jeton est révoqué.
token-revoked-label = Révoqué
scope-events-read = Consulter les événements et les projets
scope-judging-read = Lire l’évaluation : jury, avancement, présélection, coups de cœur et candidats au prix
scope-judging-write = Conduire l’évaluation : importer le jury, attribuer, décider du prix, changer de phase
scope-personal-data-read = Données personnelles : adresses e-mail et autres informations au-delà des noms publics (toujours avec la permission du domaine)
scope-exports-read = Télécharger les exports
scope-livestream-read = Consulter les données du direct
error-token-name-required = Veuillez donner un nom au jeton.
error-token-name-too-long = Le nom d’un jeton peut comporter au maximum 100 caractères.
error-token-scope-required = Veuillez choisir au moins une autorisation.

failed-emails-heading = E-mails en échec
failed-emails-intro = Ces e-mails n’ont pas pu être envoyés, même après toutes les nouvelles tentatives. Ils restent listés ici avec la raison, pour que personne ne soit privé de son e-mail sans que l’on s’en aperçoive.
failed-emails-none = Tous les e-mails ont été envoyés.
failed-emails-created = Mis en file le
failed-emails-attempts = Tentatives
failed-emails-error = Dernière erreur

judge-no-assignments = Les projets qui vous sont attribués apparaîtront ici quand l’évaluation commencera.

mailbox-heading = Boîte aux lettres de développement
mailbox-intro = E-mails écrits dans { $folder } au lieu d’être envoyés. Uniquement sur les machines de développement.
mailbox-empty = Aucun e-mail pour l’instant.
mailbox-to = À
mailbox-subject = Objet
event-phase-heading = Phase de l’événement
console-event-text = Où en est l’événement, et le passer à la phase suivante.
event-phase-current = actuellement dans la phase « { $phase } ».
event-phase-allows = Cette phase permet :
event-phase-name = Phase
event-phase-planned = Début prévu
event-phase-forward = Passer à « { $phase } »
event-phase-back-heading = Revenir en arrière
event-phase-back-intro = Seulement pour corriger une erreur ou rouvrir une étape : juges, créateurs et visiteurs voient le changement aussitôt. Donnez la raison ; elle est conservée dans le journal d’audit.
event-phase-back-to = Revenir à
event-phase-back-reason = Raison
event-phase-back-confirm = Oui, ramener l’événement à une phase antérieure.
event-phase-back-submit = Revenir en arrière
event-phase-moved = L’événement est dans sa nouvelle phase.
event-phase-none = Il n’y a pas encore d’événement.
error-phase-same = L’événement est déjà dans cette phase.
error-phase-skip = Un événement avance d’une phase à la fois.
error-phase-confirm = Confirmez que l’événement doit revenir en arrière.
error-phase-reason-required = Donnez la raison du retour en arrière.
error-phase-reason-too-long = La raison peut compter au plus 500 caractères.

# The organizer API and judge-cli
error-invalid-input = Une partie de l’envoi n’est pas valide : voir le message de chaque champ.
judge-import-unreadable = Le fichier n’a pas pu être lu comme un CSV avec une ligne d’en-tête.
judge-import-missing-columns = La ligne d’en-tête doit nommer les colonnes « email » et « capacities ».
judge-import-unknown-column = La ligne d’en-tête nomme une colonne que l’import ne connaît pas (il connaît email, capacities, language, name et note).
judge-import-too-many-rows = Le fichier a trop de lignes : 2 000 juges au plus à la fois.
judge-import-empty = Le fichier ne contient aucun juge.
judge-import-capacity = Les rôles sont un ou plusieurs de volunteer, vip et award_panel, séparés par « ; ».
judge-import-duplicate = Cette adresse e-mail figure déjà sur une ligne précédente.
judge-import-language = La langue doit être l’une de en, es, fr, tr, hi, ar et ja.
judge-import-not-current = Les juges ne peuvent être importés que dans l’événement en cours : accepter une invitation fait de quelqu’un un juge de l’événement en cours.
error-phase-last = L’événement est déjà à sa dernière phase.
error-phase-unknown = Ce n’est pas une phase : utilisez upcoming, submissions_open, moderation, shortlisting, favourites, announced ou archived.
error-api-category-unknown = « { $parameter } » n’est pas une catégorie de cet événement.
error-api-category-unknown-list = Indiquez une ou plusieurs catégories de l’événement par leur identifiant (par exemple games).
error-api-adjust-action = L’action doit être include, exclude ou clear.
error-api-format = « { $parameter } » doit valoir csv, xlsx, jsonl ou json.
error-api-export-unknown = Cet export n’existe pas : les exports sont projects, creators, consents, scores, favourites, shortlist, awards, run-of-show.

## Exports
console-exports-text = Téléchargez projets, participants, consentements, notes et résultats.
exports-heading = Exports
exports-intro = Données de { $event }, lues dans la base pendant le téléchargement. Chaque téléchargement est inscrit au journal d’audit.
exports-what = Export
exports-contains = Contenu
exports-personal = Données personnelles : indiquez pourquoi vous en avez besoin.
exports-download-heading = Télécharger un export
exports-download = Télécharger
field-export-kind = Quoi exporter
field-export-format = Format
field-export-purpose = Finalité
export-purpose-hint = Nécessaire pour les exports de données personnelles (participants). Elle est conservée dans le journal d’audit.
export-format-csv = CSV (tableurs)
export-format-xlsx = Classeur Excel (XLSX)
export-format-jsonl = Lignes JSON
export-format-json = JSON
export-projects = Projets
export-projects-text = Chaque projet avec son statut et une colonne par question ; l’équipe par nom affiché.
export-creators = Participants
export-creators-text = Chaque participant d’un projet : nom complet, mois de naissance, pays, genre, adresse du compte et consentements.
export-consents = État des consentements
export-consents-text = La réponse de chaque participant par portée (publication, photos, contact), quand et par qui (tuteur ou adulte), et la dernière demande.
export-scores = Notes
export-scores-text = Chaque note d’un juge bénévole, critère par critère, avec son commentaire privé.
export-favourites = Coups de cœur VIP
export-favourites-text = Les choix de chaque juge VIP dans l’ordre, avec leurs citations.
export-shortlist = Présélection
export-shortlist-text = Le classement par catégorie avec notes normalisées, ex aequo et ajustements des organisateurs.
export-awards = Prix
export-awards-text = Les prix décernés, avec le projet, son équipe et la mention.
export-run-of-show = Conducteur
export-run-of-show-text = Les séquences du direct à plat : statistiques, choix de chaque juge VIP, prix (champs publics seulement).
export-purpose-prizes = Envoyer des prix ou des certificats
export-purpose-safeguarding = Une question de protection de l’enfance
export-purpose-data-request = Une famille demande ses données
export-purpose-eligibility = Vérifier l’éligibilité (âge, équipe, pays)
export-purpose-legal = Exigé par la loi
error-export-purpose-required = Choisissez pourquoi vous avez besoin de ces données personnelles.
error-export-purpose-unknown = Cette finalité n’est pas dans la liste (prizes, safeguarding, data-request, eligibility, legal).
error-export-kind = Choisissez quoi exporter.
error-export-format = Choisissez un format.

## The audit log
console-audit-text = Chaque action privilégiée : qui, quoi, quand.
audit-heading = Journal d’audit
audit-intro = Chaque action privilégiée, de la plus récente à la plus ancienne. Les entrées ne sont jamais modifiées ni supprimées. Heures et jours en { $timezone }.
audit-search-heading = Rechercher
audit-search = Rechercher
audit-clear = Tout afficher
audit-entries-heading = Entrées
audit-at = Quand
audit-actor = Qui
audit-via = Par
audit-action = Action
audit-target = Sur
audit-summary = Résumé
audit-request = Requête
audit-older = Entrées plus anciennes
audit-none = Aucune entrée ne correspond.
audit-download-heading = Télécharger ces entrées
audit-download = Télécharger
audit-any-action = Toute action
audit-area = { $area } (toutes)
audit-actor-gone = Compte supprimé
audit-role-creator = participant
audit-role-adult = adulte
audit-role-guardian = tuteur
audit-role-judge = juge
audit-role-organizer = organisateur
audit-role-visitor = visiteur
audit-role-system = la plateforme
audit-via-web = web
audit-via-api = API
audit-via-api-token = jeton d’API
audit-via-worker = tâche de fond
audit-via-seed = données de démonstration
audit-via-cli = ligne de commande
field-audit-actor = Qui
field-audit-actor-hint = Une adresse e-mail ou un identifiant de compte.
field-audit-action = Action
field-audit-target = Sur (identifiant)
field-audit-target-hint = L’identifiant d’un projet, compte, événement, jeton…
field-audit-from = Du (jour)
field-audit-to = Au (jour)
error-audit-action = Une action a la forme domaine.verbe (moderation.decide), ou un domaine seul (moderation).
error-audit-actor = Saisissez une adresse e-mail ou un identifiant de compte.
error-audit-target = Un identifiant ressemble à 3f0c1e2a-… : 36 caractères.
error-audit-date = Saisissez un jour au format AAAA-MM-JJ.
error-audit-range = Le dernier jour précède le premier.

## Statistics
console-stats-text = Participants, pays, filles, catégories, le chemin vers la galerie, jury.
stats-heading = Statistiques
stats-intro = { $event }, compté à l’instant. Participent les projets soumis et leurs membres.
stats-creators = Participants
stats-projects = Projets
stats-countries = Pays
stats-girls = Filles
stats-gender-unknown-share = Genre inconnu
stats-group = Groupe
stats-share = Part
stats-percent = { $value } %
stats-gender-heading = Genre (tel que les participants le décrivent)
stats-gender-girls = Filles
stats-gender-boys = Garçons
stats-gender-non-binary = Non binaire
stats-gender-self-described = Autre description
stats-gender-prefer-not-to-say = Préfère ne pas dire
stats-gender-unknown = Inconnu (non renseigné)
stats-ages-heading = Tranches d’âge (à la date de référence)
stats-categories-heading = Projets par catégorie
stats-category = Catégorie
stats-languages-heading = Projets par langue
stats-language = Langue
stats-language-none = Non indiquée
stats-countries-heading = Participants par pays
stats-country = Pays
stats-days-heading = Soumissions par jour
stats-day = Jour
stats-submissions = Soumissions
stats-funnel-heading = Du brouillon à la galerie
stats-stage = Étape
stats-funnel-drafts = Brouillons
stats-funnel-submitted = Soumis
stats-funnel-awaiting-consent = En attente du consentement d’un tuteur
stats-funnel-awaiting-moderation = En attente de modération
stats-funnel-changes-requested = Modifications demandées
stats-funnel-rejected = Refusés
stats-funnel-approved = Approuvés
stats-funnel-published = Dans la galerie
stats-funnel-withdrawn = Retirés
stats-judging-heading = Jury
stats-measure = Mesure
stats-count = Nombre
stats-judging-volunteers = Juges bénévoles
stats-judging-published = Projets dans la galerie
stats-judging-scored-twice = Projets notés par deux juges
stats-judging-assignments = Attributions
stats-judging-scores = Notes données

## Event settings
settings-heading = Paramètres de l’événement
console-settings-text = Nom, dates, règles, langues et catégories de l’événement.
settings-timezone = Heures en { $timezone }
settings-general = L’événement
settings-name = Nom
settings-dates = Dates des phases
settings-dates-hint = Chaque date et heure est dans le fuseau de l’événement ({ $timezone }). Les phases avancent quand un organisateur les fait avancer ; ce sont les dates montrées à tous.
settings-phase-starts = Début : { $phase }
settings-rules = Règles
settings-consent-age = Âge du consentement
settings-consent-age-hint = Les participants plus jeunes ont besoin du consentement d’un parent ou tuteur avant que quoi que ce soit sur eux soit public.
settings-team-size = Équipe la plus grande
settings-team-size-hint = Le nombre maximal de participants par projet (de 1 à 10).
settings-languages = Langues des projets
settings-languages-hint = Les langues dans lesquelles les projets peuvent être écrits. Une langue utilisée par des projets ne peut pas être retirée.
settings-language-projects = { $count ->
    [one] 1 projet
   *[other] { $count } projets
}
settings-save = Enregistrer les paramètres
settings-saved = Les paramètres de l’événement ont été enregistrés.
settings-unchanged = Rien n’avait changé : rien n’a été enregistré.
settings-categories = Catégories
settings-categories-hint = Affichées dans cet ordre dans la galerie et le formulaire de projet. Un nom laissé vide reprend la traduction du site pour une catégorie standard, sinon le nom anglais.
settings-category-projects = { $count ->
    [0] aucun projet
    [one] 1 projet
   *[other] { $count } projets
}
settings-category-up = Monter
settings-category-up-label = Monter { $name }
settings-category-down = Descendre
settings-category-down-label = Descendre { $name }
settings-category-remove = Retirer
settings-category-remove-label = Retirer { $name }
settings-category-rename = Noms et descriptions de { $name }
settings-category-language = Langue
settings-category-name = Nom
settings-category-description = Description en une ligne
settings-category-save = Enregistrer les noms
settings-category-saved = Les catégories ont été enregistrées.
settings-category-add = Ajouter une catégorie
settings-category-slug = Identifiant
settings-category-slug-hint = Utilisé dans les liens : 2 à 40 minuscules, chiffres et tirets, par exemple robotique. Il ne pourra plus être changé.
settings-category-add-submit = Ajouter la catégorie
judging-settings-elsewhere = La taille de la présélection ({ $shortlist }) et les favoris par juré VIP ({ $favourites }) se changent dans les paramètres de l’événement :
settings-refused-consent-age = { $count ->
    [one] 1 projet a déjà été soumis avec l’âge de consentement actuel : il ne peut plus changer, on sait déjà qui avait besoin du consentement d’un tuteur.
   *[other] { $count } projets ont déjà été soumis avec l’âge de consentement actuel : il ne peut plus changer, on sait déjà qui avait besoin du consentement d’un tuteur.
}
settings-refused-team-size = { $count ->
    [one] Une équipe compte déjà 1 participant ; la limite ne peut pas être plus basse.
   *[other] Une équipe compte déjà { $count } participants ; la limite ne peut pas être plus basse.
}
settings-refused-language = { $count ->
    [one] 1 projet est écrit en { $language } : cette langue doit rester proposée.
   *[other] { $count } projets sont écrits en { $language } : cette langue doit rester proposée.
}
settings-refused-favourites = { $count ->
    [one] Un juré VIP a déjà choisi 1 favori ; le nombre ne peut pas être plus bas.
   *[other] Un juré VIP a déjà choisi { $count } favoris dans une catégorie ; le nombre ne peut pas être plus bas.
}
settings-refused-shortlist = Les jurés VIP choisissent dans la présélection : sa taille ne peut pas changer maintenant.
settings-refused-deadline = Les soumissions sont ouvertes : la date limite ne peut pas être dans le passé. Passez plutôt l’événement en modération sur la page des phases.
error-date-invalid = Saisissez une date et une heure, par exemple 2027-03-31 17:00.
error-date-skipped = Cette heure n’existe pas dans le fuseau de l’événement (changement d’heure) ; choisissez-en une autre.
error-date-order = Cette date doit venir après la précédente.
error-languages-required = Proposez au moins une langue.
error-category-slug = Utilisez 2 à 40 minuscules, chiffres et tirets simples.
error-category-name-required = Une nouvelle catégorie a besoin d’un nom en anglais.
error-category-exists = L’événement a déjà une catégorie avec cet identifiant.
error-category-too-many = Un événement peut avoir au plus 20 catégories.
error-category-has-projects = Des projets sont dans cette catégorie : elle reste, renommez-la plutôt.
error-category-has-judges = Des jurés VIP choisissent des favoris dans cette catégorie : elle reste.
error-category-last = L’événement a besoin d’au moins une catégorie.

## Certificates
certificates-heading = Certificats
console-certificates-text = Certificats de participation, de favori et de prix en PDF, un par un ou tous dans un zip.
certificates-mine-intro = Chaque créateur d’un projet de la galerie reçoit un certificat de participation ; les favoris et les prix ont le leur une fois les résultats annoncés.
certificates-col-name = Créateur
certificates-col-project = Projet
certificates-col-kind = Certificat
certificates-col-download = Télécharger
certificates-col-count = Certificats
certificates-col-requested = Demandé
certificates-col-status = État
certificates-col-progress = Avancement
certificates-download-pdf = PDF
certificates-download-zip = Zip
certificates-none = Pas encore de certificat : ils arrivent quand un projet est dans la galerie.
certificates-organizer-intro = les certificats de chaque créateur sont rédigés dans sa langue.
certificates-bulk = Créer tous les certificats dans un zip
certificates-bulk-queued = Le zip est en cours de création ; cette page montre son avancement.
certificates-list-hint = La liste de tous les certificats, avec leur lien de téléchargement, est un export :
certificates-event-none = Aucun projet n’est encore dans la galerie : il n’y a pas de certificat.
certificates-batches = Fichiers zip
certificates-batch-queued = En attente
certificates-batch-running = En cours
certificates-batch-done = Prêt
certificates-batch-failed = Échec
certificates-batch-removed = Supprimé (les données d’un créateur ont été effacées)
certificates-batch-progress = { $done } sur { $total }
certificates-batch-size = { $megabytes } Mo
certificate-participation-heading = Certificat de participation
certificate-participation-body = pour sa participation avec le projet
certificate-favourite-heading = Coup de cœur d’un juré VIP
certificate-favourite-body = dont le projet a été choisi comme favori par un juré VIP
certificate-award-heading = Certificat de prix
certificate-award-body = dont le projet a reçu le
certificate-category = Catégorie : { $category }
certificate-presented-to = Ce certificat est décerné à
certificate-signature = L’équipe d’organisation
export-certificates = Certificats
export-certificates-text = Tous les certificats : pour qui, dans quelle langue, avec leur lien de téléchargement.

# The console's counts, and the moderation queue's filters, pages and bulk approval.
console-to-review =
    { $count ->
        [0] Rien n’attend d’examen.
        [one] Un projet attend d’être examiné.
       *[other] { $count } projets attendent d’être examinés.
    }
console-consents-pending =
    { $count ->
        [0] Aucun créateur n’attend le consentement de son responsable.
        [one] Un créateur attend le consentement de son responsable.
       *[other] { $count } créateurs attendent le consentement de leur responsable.
    }
moderation-status = Statut
moderation-status-review = À examiner
moderation-status-all = Tous
moderation-status-pending = Pas encore décidé
moderation-any-category = Toutes les catégories
moderation-showing = Projets { $from } à { $to } sur { $total }
moderation-none-to-review = Rien n’attend d’examen.
moderation-past-end =
    Cette page se trouve après la fin de la liste ({ $pages ->
        [one] une page
       *[other] { $pages } pages
    }).
moderation-first-page = Aller à la première page
moderation-select-project = Sélectionner « { $title } »
moderation-select-all =
    { $count ->
        [one] Sélectionner le projet de cette page
       *[other] Sélectionner les { $count } projets de cette page
    }
moderation-select-none = Effacer la sélection
moderation-bulk-none = Aucun projet n’a été sélectionné. Cochez les projets à approuver, puis appuyez de nouveau sur le bouton.
moderation-waits-short = Pourra être approuvé dès que le consentement du responsable sera arrivé.
moderation-invalid-parameter = Ce lien de modération contient une valeur non valide pour « { $parameter } ». Rouvrez la file depuis la console.
