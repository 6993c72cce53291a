home-no-event-heading = 現在開催中のショーケースはありません
home-no-event-message = 次のショーケースはここでお知らせします。またお越しください。
home-phase-label = 現在のフェーズ
home-categories-heading = 部門
home-categories-intro = すべての作品は、次のいずれかの部門に応募します。

phase-upcoming = 近日開始
phase-submissions_open = 作品募集中
phase-moderation = 応募作品の確認中
phase-shortlisting = 審査中
phase-favourites = 審査員がお気に入りを選考中
phase-announced = 受賞作品発表
phase-archived = アーカイブ

deadline-upcoming = 作品募集は{ $date }に始まります
deadline-submissions_open = 作品募集の締め切りは{ $date }です
deadline-moderation = 審査は{ $date }に始まります
deadline-shortlisting = お気に入りの選考は{ $date }からです
deadline-favourites = 受賞作品は{ $date }に発表されます
deadline-announced = ショーケースは{ $date }にアーカイブされます

countdown-days =
    { $days ->
        [0] 残り1日未満
       *[other] 残り{ $days }日
    }

category-scratch = Scratch
category-scratch-description = Scratchで作ったアニメーション、物語、ゲームなど。
category-games = ゲーム
category-games-description = Scratch以外のツールや言語で作ったゲーム。
category-web = ウェブ
category-web-description = ウェブサイトとウェブアプリ。
category-mobile-apps = モバイルアプリ
category-mobile-apps-description = スマートフォンやタブレット向けのアプリ。
category-hardware = ハードウェア
category-hardware-description = フィジカル・コンピューティング：ロボット、センサー、ウェアラブル、Raspberry Pi、micro:bit。
category-advanced-programming = 上級プログラミング
category-advanced-programming-description = テキストベースのプログラミング言語で書かれた高度なソフトウェア。
category-ai = AI
category-ai-description = 人工知能や機械学習を使う、または作るプロジェクト。
phase-action-edit-projects = 作品の作成と編集
phase-action-moderate = 作品の審査（モデレーション）
phase-action-score = 一次審査の採点
phase-action-pick-favourites = お気に入りの選出
phase-action-score-award = 賞の候補の採点
phase-action-decide-award = 受賞作品の決定
