## La galería pública y las páginas de los proyectos

nav-gallery = Galería
gallery-title = Galería de proyectos
gallery-heading = Galería de proyectos
gallery-search-label = Buscar proyectos
gallery-search-placeholder = Robot, ゲーム, Córdoba…
gallery-search-button = Buscar
gallery-clear = Borrar la búsqueda y los filtros
gallery-summary-all = { $count ->
    [one] Un proyecto para explorar
   *[other] { $count } proyectos para explorar
}
gallery-summary-found = { $count ->
    [0] Ningún proyecto encontrado
    [one] Un proyecto encontrado
   *[other] { $count } proyectos encontrados
}
gallery-empty = Todavía no hay nada que coincida. Prueba con menos palabras, otra forma de escribirlo o menos filtros.
gallery-sort-label = Orden
gallery-sort-relevance = Más relevantes
gallery-sort-newest = Más recientes
gallery-sort-shuffle = Al azar
gallery-filters-label = Filtros
gallery-results-label = Proyectos
gallery-pages-label = Páginas
gallery-previous = Anterior
gallery-next = Siguiente
gallery-facet-category = Categoría
gallery-facet-country = País
gallery-facet-language = Idioma
gallery-facet-age = Grupo de edad
gallery-facet-event = Evento
gallery-facet-award = Premios
gallery-facet-favourite = Favoritos del jurado
gallery-facet-award-only = Proyectos premiados
gallery-facet-favourite-only = Favoritos del jurado
gallery-favourite-badge = Favorito del jurado
gallery-back = Volver a la galería
gallery-published-in = Presentado en { $event }
gallery-honours-heading = Premios y favoritos
gallery-favourite-of = Favorito de { $judge }
gallery-images-label = Imágenes del proyecto
gallery-open-project = Abrir el proyecto
gallery-watch-video = Ver el vídeo
gallery-creators-heading = Creado por
gallery-community-heading = Cómo ayuda a su comunidad
error-gallery-invalid-value = El enlace de búsqueda tiene un valor no válido para «{ $parameter }». Empieza una nueva búsqueda desde la galería.
award-coding-with-commitment = Premio Coding with Commitment
home-gallery-link = Explora la galería de proyectos
home-enter-project = Presenta tu proyecto

# The public winners page of an announced event.
winners-title = Ganadores de { $event }
winners-awards-heading = Premios
winners-favourites-heading = Los favoritos del jurado VIP
winners-none = Los resultados de este evento aún no se han publicado.
winners-gallery-link = Ver todos los proyectos en la galería
home-results-heading = Resultados de ediciones anteriores
gallery-embed-play = Jugar aquí
gallery-embed-watch = Verlo aquí
gallery-embed-note = Esto carga el reproductor desde { $site }.
gallery-embed-title = { $title }: reproductor
gallery-image-n = Imagen { $n }
