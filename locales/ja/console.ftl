# Organizers' console, judges' panel and the development mailbox.

console-open-invitations =
    { $count ->
        [0] 承諾待ちの招待はありません。
       *[other] 承諾待ちの招待が{ $count }件あります。
    }
console-tokens-text = judge-cliなどのツールで使うトークンです。
console-failed-emails =
    { $count ->
        [0] 送信に失敗したメールはありません。
       *[other] { $count }件のメールを送信できませんでした。
    }

invitations-heading = 招待
invitations-list-heading = 送信済みの招待
invitations-none = まだ招待はありません。
invitations-status = 状態
invitations-created = 送信日時
invitation-status-open = 承諾待ち
invitation-status-accepted = 承諾済み
invitation-status-expired = 期限切れ
invite-heading = 審査員または主催者を招待
invite-intro = 招待された人には、リンク付きのメールが届きます。審査員は、招待されたアドレスを使ってプロバイダーでログインすることもできます。
invite-submit = 招待を送信
invite-sent = 招待を送信しました。

tokens-heading = APIトークン
tokens-list-heading = あなたのトークン
tokens-none = まだトークンはありません。
tokens-prefix = 先頭の文字
tokens-scopes = 権限
tokens-created = 作成日時
tokens-last-used = 最終使用
tokens-actions = 操作
token-create-heading = トークンを作成
token-create-intro = 見てわかる名前を付け、必要な権限だけを与えてください。
token-create-submit = トークンを作成する
token-created = 新しいトークン：
token-shown-once = 今すぐコピーしてください。表示されるのはこの一度だけです。このトークンを持っている人は誰でも、その権限の範囲内であなたとして操作できます。
token-never-used = 未使用
token-revoke = 無効にする
token-revoked = トークンを無効にしました。
token-revoked-label = 無効
scope-events-read = イベントと作品の閲覧
scope-judging-read = 審査の閲覧：審査員、進捗、ショートリスト、お気に入り、賞の候補
scope-judging-write = 審査の運営：審査員の取り込み、割り当て、賞の決定、フェーズの変更
scope-personal-data-read = 個人データ：公開名以外のメールアドレスなどの情報（常にその分野の権限と併せて）
scope-exports-read = エクスポートのダウンロード
scope-livestream-read = ライブ配信データの閲覧
error-token-name-required = トークンに名前を付けてください。
error-token-name-too-long = トークン名は100文字以内にしてください。
error-token-scope-required = 権限を1つ以上選んでください。

failed-emails-heading = 送信に失敗したメール
failed-emails-intro = これらのメールは、すべての再試行のあとも送信できませんでした。誰かが知らないうちにメールを受け取れないままにならないよう、理由とともにここに表示され続けます。
failed-emails-none = すべてのメールが送信されました。
failed-emails-created = キュー登録日時
failed-emails-attempts = 試行回数
failed-emails-error = 最後のエラー

judge-no-assignments = 審査が始まると、担当する作品がここに表示されます。

mailbox-heading = 開発用メールボックス
mailbox-intro = 送信される代わりに { $folder } に書き出されたメールです。開発用のマシンでのみ使われます。
mailbox-empty = まだメールはありません。
mailbox-to = 宛先
mailbox-subject = 件名
event-phase-heading = イベントの段階
console-event-text = イベントの現在の段階と、次の段階への移行。
event-phase-current = 現在の段階は「{ $phase }」です。
event-phase-allows = この段階でできること：
event-phase-name = 段階
event-phase-planned = 開始予定
event-phase-forward = 「{ $phase }」に進める
event-phase-back-heading = 前の段階に戻す
event-phase-back-intro = 間違いを直したり段階をやり直したりするときだけ使います。審査員、クリエイター、訪問者にはすぐに反映されます。理由を書いてください。監査ログに残ります。
event-phase-back-to = 戻す先
event-phase-back-reason = 理由
event-phase-back-confirm = はい、イベントを前の段階に戻します。
event-phase-back-submit = 戻す
event-phase-moved = イベントは新しい段階に移りました。
event-phase-none = まだイベントがありません。
error-phase-same = イベントはすでにこの段階です。
error-phase-skip = イベントは一段階ずつ進みます。
error-phase-confirm = イベントを前の段階に戻すことを確認してください。
error-phase-reason-required = 前の段階に戻す理由を書いてください。
error-phase-reason-too-long = 理由は500文字以内で書いてください。

# The organizer API and judge-cli
error-invalid-input = 送信された内容の一部が正しくありません。各項目のメッセージを確認してください。
judge-import-unreadable = ファイルを見出し行のあるCSVとして読み込めませんでした。
judge-import-missing-columns = 見出し行には「email」と「capacities」の列が必要です。
judge-import-unknown-column = 見出し行にインポートが知らない列があります（使える列は email、capacities、language、name、note です）。
judge-import-too-many-rows = 行が多すぎます。一度に取り込めるのは審査員2,000人までです。
judge-import-empty = ファイルに審査員が一人もいません。
judge-import-capacity = 役割は volunteer、vip、award_panel のうち一つ以上を「;」で区切って書きます。
judge-import-duplicate = このメールアドレスは前の行にすでにあります。
judge-import-language = 言語は en、es、fr、tr、hi、ar、ja のいずれかにしてください。
judge-import-not-current = 審査員を取り込めるのは現在のイベントだけです。招待を受けると現在のイベントの審査員になります。
error-phase-last = イベントはすでに最後の段階です。
error-phase-unknown = 段階ではありません。upcoming、submissions_open、moderation、shortlisting、favourites、announced、archived のいずれかを使ってください。
error-api-category-unknown = 「{ $parameter }」はこのイベントのカテゴリーではありません。
error-api-category-unknown-list = イベントのカテゴリーを識別子（games など）で一つ以上指定してください。
error-api-adjust-action = 操作は include、exclude、clear のいずれかです。
error-api-format = 「{ $parameter }」は csv、xlsx、jsonl、json のいずれかにしてください。
error-api-export-unknown = そのエクスポートはありません。エクスポートは projects、creators、consents、scores、favourites、shortlist、awards、run-of-show です。

## Exports
console-exports-text = 作品、参加者、同意、採点、結果をダウンロードします。
exports-heading = エクスポート
exports-intro = { $event }のデータを、ダウンロードしながらデータベースから読み出します。すべてのダウンロードは監査ログに記録されます。
exports-what = エクスポート
exports-contains = 内容
exports-personal = 個人データです。必要な理由を選んでください。
exports-download-heading = エクスポートをダウンロード
exports-download = ダウンロード
field-export-kind = エクスポートする内容
field-export-format = 形式
field-export-purpose = 目的
export-purpose-hint = 個人データを含むエクスポート(参加者)に必要です。監査ログに残ります。
export-format-csv = CSV(表計算)
export-format-xlsx = Excelブック(XLSX)
export-format-jsonl = JSON Lines
export-format-json = JSON
export-projects = 作品
export-projects-text = すべての作品とその状態、質問ごとの列。チームは表示名で示します。
export-creators = 参加者
export-creators-text = 作品に参加するすべての人:氏名、生まれた月、国、性別、アカウントのメールアドレス、同意。
export-consents = 同意の状況
export-consents-text = 参加者ごと・範囲ごと(公開、写真、連絡)の回答、その日時と回答者(保護者か大人)、最新の依頼。
export-scores = 採点
export-scores-text = ボランティア審査員がつけたすべての採点(観点ごと)と非公開コメント。
export-favourites = VIP審査員のお気に入り
export-favourites-text = VIP審査員ごとの選出作品(順番どおり)とひとこと。
export-shortlist = ショートリスト
export-shortlist-text = カテゴリーごとの順位(正規化した得点、同点、運営による調整)。
export-awards = 賞
export-awards-text = 決定した賞と作品、そのチーム、授賞理由。
export-run-of-show = 進行表
export-run-of-show-text = ライブ配信の各コーナーを一覧に:統計、VIP審査員ごとの選出、賞(公開項目のみ)。
export-purpose-prizes = 賞品・賞状の送付
export-purpose-safeguarding = 子どもの安全に関する懸念
export-purpose-data-request = 家族からのデータ開示の依頼
export-purpose-eligibility = 参加資格の確認(年齢、チーム、国)
export-purpose-legal = 法令による要請
error-export-purpose-required = この個人データが必要な理由を選んでください。
error-export-purpose-unknown = その目的は一覧にありません(prizes、safeguarding、data-request、eligibility、legal)。
error-export-kind = エクスポートする内容を選んでください。
error-export-format = 形式を選んでください。

## The audit log
console-audit-text = 権限が必要な操作のすべて:誰が、何を、いつ。
audit-heading = 監査ログ
audit-intro = 権限が必要な操作を新しい順に表示します。記録は変更も削除もされません。日時は{ $timezone }です。
audit-search-heading = 検索
audit-search = 検索
audit-clear = すべて表示
audit-entries-heading = 記録
audit-at = 日時
audit-actor = 誰が
audit-via = 経路
audit-action = 操作
audit-target = 対象
audit-summary = 概要
audit-request = リクエスト
audit-older = さらに古い記録
audit-none = 一致する記録はありません。
audit-download-heading = この記録をダウンロード
audit-download = ダウンロード
audit-any-action = すべての操作
audit-area = { $area }(すべて)
audit-actor-gone = 削除されたアカウント
audit-role-creator = 参加者
audit-role-adult = 大人
audit-role-guardian = 保護者
audit-role-judge = 審査員
audit-role-organizer = 運営者
audit-role-visitor = 訪問者
audit-role-system = システム
audit-via-web = Web
audit-via-api = API
audit-via-api-token = APIトークン
audit-via-worker = バックグラウンド処理
audit-via-seed = デモデータ
audit-via-cli = コマンドライン
field-audit-actor = 誰が
field-audit-actor-hint = メールアドレスかアカウントID。
field-audit-action = 操作
field-audit-target = 対象(ID)
field-audit-target-hint = 作品、アカウント、イベント、トークンなどのID
field-audit-from = 開始日
field-audit-to = 終了日
error-audit-action = 操作は area.verb(例:moderation.decide)か、area だけ(moderation)で指定します。
error-audit-actor = メールアドレスかアカウントIDを入力してください。
error-audit-target = IDは 3f0c1e2a-… のような36文字です。
error-audit-date = 日付は YYYY-MM-DD で入力してください。
error-audit-range = 終了日が開始日より前です。
