home-no-event-heading = Aucune vitrine n’est en cours
home-no-event-message = Revenez bientôt : la prochaine vitrine sera annoncée ici.
home-phase-label = Phase actuelle
home-categories-heading = Catégories
home-categories-intro = Chaque projet participe dans l’une de ces catégories.

phase-upcoming = Bientôt
phase-submissions_open = Inscriptions ouvertes
phase-moderation = Examen des projets
phase-shortlisting = Évaluation
phase-favourites = Le jury choisit ses coups de cœur
phase-announced = Lauréats annoncés
phase-archived = Archivée

deadline-upcoming = Les inscriptions ouvrent le { $date }
deadline-submissions_open = Les inscriptions ferment le { $date }
deadline-moderation = L’évaluation commence le { $date }
deadline-shortlisting = Les coups de cœur sont choisis à partir du { $date }
deadline-favourites = Les lauréats sont annoncés le { $date }
deadline-announced = La vitrine est archivée le { $date }

countdown-days =
    { $days ->
        [0] Moins d’un jour restant
        [one] Un jour restant
       *[other] { $days } jours restants
    }

category-scratch = Scratch
category-scratch-description = Animations, histoires, jeux et plus encore, créés avec Scratch.
category-games = Jeux
category-games-description = Jeux créés avec n’importe quel outil ou langage, sauf Scratch.
category-web = Web
category-web-description = Sites et applications web.
category-mobile-apps = Applications mobiles
category-mobile-apps-description = Applications pour téléphones et tablettes.
category-hardware = Matériel
category-hardware-description = Informatique physique : robots, capteurs, objets portables, Raspberry Pi, micro:bit.
category-advanced-programming = Programmation avancée
category-advanced-programming-description = Logiciels complexes écrits dans un langage de programmation textuel.
category-ai = IA
category-ai-description = Projets qui utilisent ou construisent de l’intelligence artificielle et de l’apprentissage automatique.
phase-action-edit-projects = Créer et modifier des projets
phase-action-moderate = Modérer les projets
phase-action-score = Noter la présélection
phase-action-pick-favourites = Choisir des coups de cœur
phase-action-score-award = Noter les candidats au prix
phase-action-decide-award = Décider du prix
