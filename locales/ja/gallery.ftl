## 公開ギャラリーと作品ページ

nav-gallery = ギャラリー
gallery-title = 作品ギャラリー
gallery-heading = 作品ギャラリー
gallery-search-label = 作品を検索
gallery-search-placeholder = ゲーム、Robot、İstanbul…
gallery-search-button = 検索
gallery-clear = 検索とフィルターをクリア
gallery-summary-all = { $count ->
   *[other] { $count }件の作品を公開中
}
gallery-summary-found = { $count ->
    [0] 作品が見つかりませんでした
   *[other] { $count }件の作品が見つかりました
}
gallery-empty = まだ一致する作品がありません。キーワードを減らす、別の書き方にする、フィルターを減らすなどを試してみてください。
gallery-sort-label = 並び順
gallery-sort-relevance = 関連度順
gallery-sort-newest = 新しい順
gallery-sort-shuffle = ランダム
gallery-filters-label = フィルター
gallery-results-label = 作品
gallery-pages-label = ページ
gallery-previous = 前へ
gallery-next = 次へ
gallery-facet-category = 部門
gallery-facet-country = 国
gallery-facet-language = 言語
gallery-facet-age = 年齢層
gallery-facet-event = イベント
gallery-facet-award = 賞
gallery-facet-favourite = 審査員のお気に入り
gallery-facet-award-only = 受賞作品
gallery-facet-favourite-only = 審査員のお気に入り
gallery-favourite-badge = 審査員のお気に入り
gallery-back = ギャラリーに戻る
gallery-published-in = { $event }で展示
gallery-honours-heading = 賞とお気に入り
gallery-favourite-of = { $judge }さんのお気に入り
gallery-images-label = 作品の画像
gallery-open-project = 作品を開く
gallery-watch-video = 動画を見る
gallery-creators-heading = 制作者
gallery-community-heading = コミュニティにどう役立つか
error-gallery-invalid-value = 検索リンクの「{ $parameter }」の値が正しくありません。ギャラリーから新しく検索してください。
award-coding-with-commitment = Coding with Commitment賞
home-gallery-link = 作品ギャラリーを見る
home-enter-project = 作品を応募する

# The public winners page of an announced event.
winners-title = { $event } の受賞者
winners-awards-heading = 賞
winners-favourites-heading = VIP審査員のお気に入り
winners-none = このイベントの結果はまだ発表されていません。
winners-gallery-link = ギャラリーですべての作品を見る
home-results-heading = 過去のイベントの結果
gallery-embed-play = ここで遊ぶ
gallery-embed-watch = ここで見る
gallery-embed-note = { $site } からプレーヤーを読み込みます。
gallery-embed-title = { $title }：プレーヤー
gallery-image-n = 画像 { $n }
