# The home page, event phases and categories.

home-no-event-heading = No showcase is running right now
home-no-event-message = Come back soon: the next showcase will be announced here.
home-phase-label = Current phase
home-categories-heading = Categories
home-categories-intro = Every project is entered in one of these categories.

phase-upcoming = Coming soon
phase-submissions_open = Submissions open
phase-moderation = Reviewing submissions
phase-shortlisting = Judging
phase-favourites = Judges choosing their favourites
phase-announced = Winners announced
phase-archived = Archived

deadline-upcoming = Submissions open on { $date }
deadline-submissions_open = Submissions close on { $date }
deadline-moderation = Judging starts on { $date }
deadline-shortlisting = Favourites are chosen from { $date }
deadline-favourites = Winners are announced on { $date }
deadline-announced = The showcase is archived on { $date }

countdown-days =
    { $days ->
        [0] Less than a day left
        [one] One day left
       *[other] { $days } days left
    }

category-scratch = Scratch
category-scratch-description = Animations, stories, games and more, made with Scratch.
category-games = Games
category-games-description = Games made with any tool or language except Scratch.
category-web = Web
category-web-description = Websites and web apps.
category-mobile-apps = Mobile apps
category-mobile-apps-description = Apps for phones and tablets.
category-hardware = Hardware
category-hardware-description = Physical computing: robots, sensors, wearables, Raspberry Pi, micro:bit.
category-advanced-programming = Advanced programming
category-advanced-programming-description = Complex software written in a text-based programming language.
category-ai = AI
category-ai-description = Projects that use or build artificial intelligence and machine learning.
phase-action-edit-projects = Starting and editing projects
phase-action-moderate = Moderating projects
phase-action-score = Scoring the shortlist
phase-action-pick-favourites = Picking favourites
phase-action-score-award = Scoring award candidates
phase-action-decide-award = Deciding the award
