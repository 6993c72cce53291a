## The public gallery and project pages

nav-gallery = Gallery
gallery-title = Project gallery
gallery-heading = Project gallery
gallery-search-label = Search projects
gallery-search-placeholder = Robot, ゲーム, İstanbul…
gallery-search-button = Search
gallery-clear = Clear search and filters
gallery-summary-all = { $count ->
    [one] One project to explore
   *[other] { $count } projects to explore
}
gallery-summary-found = { $count ->
    [0] No projects found
    [one] One project found
   *[other] { $count } projects found
}
gallery-empty = Nothing matches yet. Try fewer words, another spelling or fewer filters.
gallery-sort-label = Order
gallery-sort-relevance = Best match
gallery-sort-newest = Newest
gallery-sort-shuffle = Shuffled
gallery-filters-label = Filters
gallery-results-label = Projects
gallery-pages-label = Pages
gallery-previous = Previous
gallery-next = Next
gallery-facet-category = Category
gallery-facet-country = Country
gallery-facet-language = Language
gallery-facet-age = Age group
gallery-facet-event = Event
gallery-facet-award = Awards
gallery-facet-favourite = Judges' favourites
gallery-facet-award-only = Award winners
gallery-facet-favourite-only = Judges' favourites
gallery-favourite-badge = Judges' favourite
gallery-back = Back to the gallery
gallery-published-in = Shown at { $event }
gallery-honours-heading = Awards and favourites
gallery-favourite-of = Favourite of { $judge }
gallery-images-label = Pictures of the project
gallery-open-project = Open the project
gallery-watch-video = Watch the video
gallery-creators-heading = Made by
gallery-community-heading = How it helps its community
error-gallery-invalid-value = The search link has an invalid value for “{ $parameter }”. Start a new search from the gallery.
award-coding-with-commitment = Coding with Commitment award
home-gallery-link = Explore the project gallery
home-enter-project = Enter your project

# The public winners page of an announced event.
winners-title = Winners of { $event }
winners-awards-heading = Awards
winners-favourites-heading = The VIP judges' favourites
winners-none = The results of this event are not out yet.
winners-gallery-link = Browse every project in the gallery
home-results-heading = Results of past events
gallery-embed-play = Play it here
gallery-embed-watch = Watch it here
gallery-embed-note = This loads the player from { $site }.
gallery-embed-title = { $title }: player
gallery-image-n = Image { $n }
