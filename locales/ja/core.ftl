site-name = ユース・ショーケース
site-tagline = 世界中の若いクリエイターが、作ったものを紹介します。
skip-to-content = メインコンテンツへ移動
nav-main-label = メインナビゲーション
nav-home = ホーム
language-switcher-label = 言語
footer-about = オンラインのユース・プログラミング作品展のためのオープンソース・プラットフォームです。

format-date-time = %Y年%-m月%-d日 %H:%M %Z
format-date = %Y年%-m月%-d日

error-not-found-heading = ページが見つかりません
error-not-found-message = お探しのページは見つかりませんでした。移動したか、存在しない可能性があります。
error-forbidden-heading = アクセスできません
error-forbidden-message = このページへのアクセス権がありません。
error-bad-request-heading = リクエストに問題があります
error-bad-request-message = 入力内容を確認して、もう一度お試しください。
error-server-heading = サーバー側で問題が発生しました
error-server-message = 申し訳ありません。しばらくしてからもう一度お試しください。問題が続く場合は、主催者にお知らせください。
error-unavailable-heading = まもなく再開します
error-unavailable-message = 一部を再起動しているため、ショーケースは少しの間ご利用いただけません。保存済みの内容はすべて無事です。1分ほどしてからもう一度お試しください。フォームを送信していた場合は、前のページに戻ってもう一度送信してください。
error-back-home = ホームに戻る

nav-sign-in = ログイン
nav-register = 登録
nav-account = マイアカウント
nav-sign-out = ログアウト
nav-organizer = 主催者コンソール
nav-judge = 審査

error-csrf-heading = このフォームは有効期限が切れました
error-csrf-message = セキュリティのため、前のページに戻ってページを再読み込みし、もう一度フォームを送信してください。
error-too-many-requests-heading = 試行回数が多すぎます
error-too-many-requests-message = 1分ほど待ってから、もう一度お試しください。
select-choose = 選択してください
file-choose = ファイルを選ぶ
nav-projects = 自分の作品
error-api-not-found = このIDのものはないか、公開されていません。
error-api-unauthorized = 有効なAPIトークンが必要です（Authorization: Bearer sct_…）。
error-api-missing-scope = このトークンには「{ $scope }」の権限がありません。
error-api-server = こちら側で問題が起きました。少し待ってからもう一度お試しください。
error-api-unavailable = サービスは一時的に利用できません。Retry-After ヘッダーの秒数が過ぎてから、もう一度お試しください。
error-refused-heading = 今はそれを行えません
error-refused-message = その間に何かが変わったか、ショーケースのルールで許可されていません。
error-too-large-heading = サイズが大きすぎます
error-too-large-message = 送信された内容が受け付けられる大きさを超えています。もっと小さなものを送ってください。
error-not-in-phase = { $action }ができるのは、イベントが次の段階のときです：{ $phases }。
list-separator = {"、"}
