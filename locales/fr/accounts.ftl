# Registration, sign-in, passwords, sign-in links, invitations and the account page.

role-creator = Créateur ou créatrice
role-adult = Parent, tuteur ou mentor
role-judge = Membre du jury
role-organizer = Organisateur ou organisatrice

field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-first-name = Prénom
field-surname = Nom de famille
field-display-name = Nom affiché
field-your-name = Votre nom
field-birth-year = Année de naissance
field-birth-month = Mois de naissance
field-country = Pays
field-gender = Genre (facultatif)
field-gender-description = Votre genre, avec vos propres mots
field-language = Langue
field-role = Rôle
field-token-name = Nom du jeton

hint-password = Au moins 10 caractères. Quelques mots dont vous vous souviendrez font un bon mot de passe.
hint-surname-private = Reste privé : n’est jamais affiché sur le site.
hint-display-name-public = Affiché avec votre projet, par exemple votre prénom ou un surnom.
hint-birth-private = Sert uniquement à vérifier les règles d’âge ; n’est jamais affiché.
hint-gender = Facultatif. Sert uniquement, de façon anonyme, aux statistiques de diversité de l’événement.

gender-female = Fille ou femme
gender-male = Garçon ou homme
gender-non_binary = Non binaire
gender-self_described = Je le décris moi-même
gender-undisclosed = Je préfère ne pas le dire

error-email-required = Veuillez saisir votre adresse e-mail.
error-email-invalid = Cela ne ressemble pas à une adresse e-mail (par exemple nom@example.org).
error-email-too-long = Cette adresse e-mail est trop longue.
error-password-too-short = Votre mot de passe doit comporter au moins 10 caractères.
error-password-too-long = Votre mot de passe peut comporter au maximum 128 caractères.
error-password-common = Ce mot de passe est trop facile à deviner. Essayez quelques mots dont l’association n’a de sens que pour vous.
error-display-name-required = Veuillez saisir un nom à afficher.
error-display-name-too-long = Un nom affiché peut comporter au maximum 50 caractères.
error-name-required = Veuillez saisir un nom.
error-name-too-long = Un nom peut comporter au maximum 100 caractères.
error-text-control-characters = Veuillez retirer les caractères spéciaux invisibles de ce texte.
error-birth-date-invalid = Veuillez choisir une année et un mois de naissance valides.
error-age-too-young-to-register = Les créateurs de moins de 13 ans sont inscrits par un parent, un tuteur ou un mentor.
error-age-too-old-for-creator = Les créateurs doivent avoir 18 ans ou moins. Les adultes peuvent s’inscrire en tant que parent, tuteur ou mentor.
error-country-invalid = Veuillez choisir un pays dans la liste.
error-gender-invalid = Veuillez choisir l’une des options.
error-gender-description-required = Veuillez décrire votre genre, ou choisir une autre option.
error-gender-description-too-long = Veuillez utiliser au maximum 50 caractères.
error-language-invalid = Veuillez choisir une langue dans la liste.
error-role-invalid = Veuillez choisir un rôle dans la liste.
error-sign-in-failed = L’adresse e-mail ou le mot de passe est incorrect.

register-heading = Créer un compte
register-intro = Qui êtes-vous ?
register-as-creator = J’ai entre 13 et 18 ans et je veux présenter mon projet
register-as-adult = Je suis parent, tuteur ou mentor (j’inscris des créateurs de moins de 13 ans)
register-have-account = J’ai déjà un compte
register-under-13 = Moins de 13 ans ? Un parent, un tuteur ou un mentor vous inscrit.
register-creator-heading = S’inscrire comme créateur ou créatrice
register-creator-intro = Pour les créateurs de 13 à 18 ans. Seuls votre nom affiché, votre pays et votre tranche d’âge sont rendus publics.
register-adult-heading = S’inscrire comme parent, tuteur ou mentor
register-adult-intro = Vous pourrez ensuite ajouter les jeunes créateurs dont vous vous occupez.
register-submit = Créer mon compte

check-email-heading = Consultez votre boîte de réception
check-email-text = Si cette adresse peut être utilisée, nous vous avons envoyé un e-mail avec un lien. Ouvrez-le pour continuer.
check-email-spam = Rien reçu après quelques minutes ? Regardez dans votre dossier de courrier indésirable.

verify-heading = Confirmez votre adresse e-mail
verify-intro = Appuyez sur le bouton pour confirmer qu’il s’agit bien de votre adresse.
verify-submit = Confirmer mon adresse
verify-done = Votre adresse e-mail est confirmée. Bienvenue !
verify-first-heading = Veuillez d’abord confirmer votre adresse e-mail
verify-first-text = Nous vous avons envoyé un nouveau lien. Ouvrez-le, puis reconnectez-vous.

sign-in-heading = Se connecter
sign-in-submit = Se connecter
sign-in-with = Se connecter avec { $provider }

forgot-heading = Mot de passe oublié ?
forgot-intro = Saisissez votre adresse e-mail et nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = M’envoyer un lien
forgot-sent = Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe.
reset-heading = Choisissez un nouveau mot de passe
reset-submit = Enregistrer mon nouveau mot de passe
reset-done = Votre nouveau mot de passe est enregistré. Votre session est ouverte.

link-heading = Recevoir un lien de connexion par e-mail
link-intro = Pour les membres du jury et les organisateurs : nous envoyons un lien qui vous connecte une seule fois.
link-submit = M’envoyer un lien de connexion
link-sent = Si cette adresse appartient à un membre du jury ou à un organisateur, nous lui avons envoyé un lien de connexion.
link-confirm-heading = Se connecter à la vitrine

token-invalid-heading = Ce lien ne fonctionne pas
token-invalid-text = Le lien n’est pas valide. Vérifiez que vous l’avez copié en entier, ou demandez-en un nouveau.
token-used-heading = Ce lien a déjà été utilisé
token-used-text = Chaque lien ne fonctionne qu’une seule fois. Si vous devez encore vous connecter, demandez-en un nouveau.
token-expired-heading = Ce lien a expiré
token-expired-text = Les liens ne fonctionnent que pendant une durée limitée. Veuillez en demander un nouveau.

oauth-failed-heading = La connexion n’a pas fonctionné
oauth-declined-text = La connexion a été annulée chez le fournisseur.
oauth-expired-text = Cette tentative de connexion a expiré ou a déjà été utilisée. Veuillez recommencer.
oauth-failed-text = Nous n’avons pas pu confirmer votre compte auprès du fournisseur. Réessayez, ou utilisez un lien de connexion envoyé par e-mail.
oauth-unknown-heading = Aucune invitation pour ce compte
oauth-unknown-text = L’adresse { $email } n’a pas été invitée comme membre du jury ou organisateur. Demandez aux organisateurs d’inviter cette adresse.

invitation-heading = Vous avez reçu une invitation
invitation-intro = Vous avez reçu une invitation en tant que { $role } ({ $email }). Connectez-vous avec un fournisseur en utilisant cette adresse, ou acceptez-la ici.
invitation-accept = Accepter l’invitation
invitation-accepted = Bienvenue ! Votre invitation est acceptée.

account-heading = Mon compte
account-intro = Connexion en tant que { $email }. Rôles : { $roles }.
account-save = Enregistrer
account-saved = Vos modifications sont enregistrées.

children-heading = Les jeunes créateurs dont je m’occupe
children-intro = Les créateurs de moins de 13 ans n’ont pas leur propre identifiant : vous les ajoutez ici et agissez pour eux.
children-none = Vous n’avez encore ajouté personne.
children-age = Âge
children-add-heading = Ajouter un jeune créateur
children-add-intro = Seuls le nom affiché, le pays et la tranche d’âge sont rendus publics.
children-add-submit = Ajouter
children-added = Le jeune créateur a été ajouté.

email-greeting = Bonjour { $name },
email-footer = Vous recevez cet e-mail parce que vous avez un compte sur la Vitrine des jeunes.
email-ignore = Si vous n’avez rien demandé, vous pouvez ignorer cet e-mail.
email-link-fallback = Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :
email-link-expires =
    { $minutes ->
        [one] Le lien fonctionne une seule fois, pendant une minute.
       *[other] Le lien fonctionne une seule fois, pendant { $minutes } minutes.
    }
email-verify-email-subject = Confirmez votre adresse e-mail
email-verify-email-text = Veuillez confirmer votre adresse e-mail pour terminer la création de votre compte.
email-verify-email-button = Confirmer mon adresse
email-reset-password-subject = Choisissez un nouveau mot de passe
email-reset-password-text = Quelqu’un a demandé à réinitialiser le mot de passe de votre compte. Utilisez ce lien pour en choisir un nouveau.
email-reset-password-button = Choisir un nouveau mot de passe
email-sign-in-link-subject = Votre lien de connexion
email-sign-in-link-text = Utilisez ce lien pour vous connecter à la vitrine.
email-sign-in-link-button = Se connecter
email-already-registered-subject = Quelqu’un a essayé de s’inscrire avec votre adresse
email-already-registered-text = Quelqu’un a essayé de créer un compte avec votre adresse e-mail, mais vous en avez déjà un. Si c’était vous, connectez-vous, ou choisissez un nouveau mot de passe ici :
email-invitation-subject = Invitation en tant que { $role }
email-invitation-text = Les organisateurs de la Vitrine des jeunes vous invitent à les rejoindre en tant que { $role }.
email-invitation-button = Accepter l’invitation
email-invitation-expires =
    { $days ->
        [one] L’invitation est valable un jour.
       *[other] L’invitation est valable { $days } jours.
    }
error-sign-in-account-limit = Trop de mots de passe erronés pour ce compte. Attendez un moment avant de réessayer, ou choisissez-en un nouveau avec « Mot de passe oublié ? ».
signed-out-everywhere = Vous êtes déconnecté sur tous vos appareils.
token-revoked-heading = Ce lien ne fonctionne plus
token-revoked-text = Le mot de passe de ce compte a été changé après l’envoi de ce lien, qui ne fonctionne donc plus. Demandez-en un nouveau si vous en avez encore besoin.
account-sign-out-everywhere = Se déconnecter sur tous les appareils
account-sign-out-everywhere-hint = Met fin à toutes les sessions de ce compte, sur cet appareil et tous les autres (par exemple un ordinateur partagé où vous avez oublié de vous déconnecter).

## Data rights
account-download-data = Télécharger mes données
account-download-data-hint = Tout ce que nous conservons sur vous et les profils d’enfants que vous gérez, dans un fichier JSON.
account-delete-link = Supprimer mon compte
children-actions = Actions
children-delete = Supprimer le profil de { $name }
erase-confirm = Je comprends que c’est définitif.
error-erase-confirm = Cochez la case pour confirmer.
erase-keep = Garder mon compte
erase-account-heading = Supprimer votre compte
erase-account-intro = Cela supprime votre compte, chaque profil d’enfant que vous gérez, leurs consentements et chaque projet qui n’était qu’à vous, avec ses images. Les projets d’équipe restent aux autres membres, sans vous. Les e-mails en attente sont abandonnés. C’est définitif : téléchargez d’abord vos données si vous voulez une copie.
erase-account-submit = Supprimer définitivement mon compte
erase-account-done-heading = Votre compte est supprimé
erase-account-done = Tout ce qui vous concerne a disparu : votre compte, vos profils et les projets qui n’étaient qu’à vous. Merci d’avoir participé.
erase-child-heading = Supprimer le profil de { $name }
erase-child-intro = Cela supprime le profil de { $name }, ses consentements et chaque projet qui n’était qu’à lui ou elle, avec ses images. Un projet d’équipe reste aux autres membres, sans { $name }. C’est définitif.
erase-child-submit = Supprimer définitivement ce profil
erase-child-done = Le profil et tout ce qui le concerne sont supprimés.
erase-refused-staff = Les comptes de juges et d’organisateurs sont supprimés par un organisateur : demandez-le-lui.
