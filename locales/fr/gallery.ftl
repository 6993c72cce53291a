## La galerie publique et les pages des projets

nav-gallery = Galerie
gallery-title = Galerie des projets
gallery-heading = Galerie des projets
gallery-search-label = Rechercher des projets
gallery-search-placeholder = Robot, ゲーム, Genève…
gallery-search-button = Rechercher
gallery-clear = Effacer la recherche et les filtres
gallery-summary-all = { $count ->
    [0] Aucun projet à explorer
    [one] Un projet à explorer
   *[other] { $count } projets à explorer
}
gallery-summary-found = { $count ->
    [0] Aucun projet trouvé
    [one] Un projet trouvé
   *[other] { $count } projets trouvés
}
gallery-empty = Aucun résultat pour l’instant. Essayez avec moins de mots, une autre orthographe ou moins de filtres.
gallery-sort-label = Ordre
gallery-sort-relevance = Les plus pertinents
gallery-sort-newest = Les plus récents
gallery-sort-shuffle = Au hasard
gallery-filters-label = Filtres
gallery-results-label = Projets
gallery-pages-label = Pages
gallery-previous = Précédent
gallery-next = Suivant
gallery-facet-category = Catégorie
gallery-facet-country = Pays
gallery-facet-language = Langue
gallery-facet-age = Tranche d’âge
gallery-facet-event = Événement
gallery-facet-award = Prix
gallery-facet-favourite = Coups de cœur du jury
gallery-facet-award-only = Projets primés
gallery-facet-favourite-only = Coups de cœur du jury
gallery-favourite-badge = Coup de cœur du jury
gallery-back = Retour à la galerie
gallery-published-in = Présenté lors de { $event }
gallery-honours-heading = Prix et coups de cœur
gallery-favourite-of = Coup de cœur choisi par { $judge }
gallery-images-label = Images du projet
gallery-open-project = Ouvrir le projet
gallery-watch-video = Regarder la vidéo
gallery-creators-heading = Créé par
gallery-community-heading = Comment il aide sa communauté
error-gallery-invalid-value = Le lien de recherche contient une valeur non valide pour « { $parameter } ». Lancez une nouvelle recherche depuis la galerie.
award-coding-with-commitment = Prix Coding with Commitment
home-gallery-link = Explorer la galerie des projets
home-enter-project = Déposez votre projet

# The public winners page of an announced event.
winners-title = Lauréats de { $event }
winners-awards-heading = Prix
winners-favourites-heading = Les coups de cœur du jury VIP
winners-none = Les résultats de cet événement ne sont pas encore publiés.
winners-gallery-link = Voir tous les projets dans la galerie
home-results-heading = Résultats des éditions passées
gallery-embed-play = Jouer ici
gallery-embed-watch = Regarder ici
gallery-embed-note = Cela charge le lecteur depuis { $site }.
gallery-embed-title = { $title } : lecteur
gallery-image-n = Image { $n }
