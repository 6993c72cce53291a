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

## Statistics
console-stats-text = 参加者、国、女の子の割合、カテゴリー、ギャラリーまでの流れ、審査。
stats-heading = 統計
stats-intro = { $event }(現時点の集計)。提出済みの作品とそのメンバーを数えています。
stats-creators = 参加者
stats-projects = 作品
stats-countries = 国
stats-girls = 女の子
stats-gender-unknown-share = 性別不明
stats-group = 区分
stats-share = 割合
stats-percent = { $value }%
stats-gender-heading = 性別(本人の回答)
stats-gender-girls = 女の子
stats-gender-boys = 男の子
stats-gender-non-binary = ノンバイナリー
stats-gender-self-described = 自由回答
stats-gender-prefer-not-to-say = 回答しない
stats-gender-unknown = 不明(未回答)
stats-ages-heading = 年齢層(基準日時点)
stats-categories-heading = カテゴリー別の作品数
stats-category = カテゴリー
stats-languages-heading = 言語別の作品数
stats-language = 言語
stats-language-none = 未指定
stats-countries-heading = 国別の参加者数
stats-country = 国
stats-days-heading = 日別の提出数
stats-day = 日付
stats-submissions = 提出数
stats-funnel-heading = 下書きからギャラリーまで
stats-stage = 段階
stats-funnel-drafts = 下書き
stats-funnel-submitted = 提出済み
stats-funnel-awaiting-consent = 保護者の同意待ち
stats-funnel-awaiting-moderation = 確認待ち
stats-funnel-changes-requested = 修正依頼中
stats-funnel-rejected = 不承認
stats-funnel-approved = 承認済み
stats-funnel-published = ギャラリーに公開
stats-funnel-withdrawn = 取り下げ
stats-judging-heading = 審査
stats-measure = 項目
stats-count = 数
stats-judging-volunteers = ボランティア審査員
stats-judging-published = 公開中の作品
stats-judging-scored-twice = 2人の審査員が採点した作品
stats-judging-assignments = 割り当て
stats-judging-scores = 採点済み

## Event settings
settings-heading = イベントの設定
console-settings-text = イベントの名前、日程、ルール、言語、カテゴリー。
settings-timezone = 時刻は { $timezone }
settings-general = イベント
settings-name = 名前
settings-dates = 各フェーズの日程
settings-dates-hint = 日時はすべてイベントのタイムゾーン（{ $timezone }）です。フェーズは運営者が進めたときに進みます。ここで決めるのは皆に表示される日程です。
settings-phase-starts = { $phase }の開始
settings-rules = ルール
settings-consent-age = 同意が必要な年齢
settings-consent-age-hint = この年齢未満の参加者は、本人に関することを公開する前に保護者の同意が必要です。
settings-team-size = チームの最大人数
settings-team-size-hint = 1つのプロジェクトに参加できる最大人数（1〜10）。
settings-languages = プロジェクトの言語
settings-languages-hint = プロジェクトを書ける言語です。プロジェクトが書かれている言語は外せません。
settings-language-projects = { $count } 件のプロジェクト
settings-save = 設定を保存
settings-saved = イベントの設定を保存しました。
settings-unchanged = 変更がなかったため、保存していません。
settings-categories = カテゴリー
settings-categories-hint = ギャラリーとプロジェクトのフォームにこの順で表示されます。名前が空の場合、標準カテゴリーはサイトの翻訳を、それ以外は英語の名前を使います。
settings-category-projects = { $count ->
    [0] プロジェクトなし
   *[other] { $count } 件のプロジェクト
}
settings-category-up = 上へ
settings-category-up-label = { $name }を上へ移動
settings-category-down = 下へ
settings-category-down-label = { $name }を下へ移動
settings-category-remove = 削除
settings-category-remove-label = { $name }を削除
settings-category-rename = { $name }の名前と説明
settings-category-language = 言語
settings-category-name = 名前
settings-category-description = 1行の説明
settings-category-save = 名前を保存
settings-category-saved = カテゴリーを保存しました。
settings-category-add = カテゴリーを追加
settings-category-slug = 識別子
settings-category-slug-hint = リンクに使われます。robotics のように半角小文字・数字・ハイフンで2〜40文字。後から変更できません。
settings-category-add-submit = カテゴリーを追加
judging-settings-elsewhere = ショートリストの件数（{ $shortlist }）と VIP 審査員1人あたりのお気に入り数（{ $favourites }）はイベントの設定で変更します：
settings-refused-consent-age = 現在の同意年齢のもとですでに { $count } 件のプロジェクトが提出されているため、変更できません。誰に保護者の同意が必要だったかは決まっています。
settings-refused-team-size = すでに { $count } 人のチームがあるため、上限をそれより小さくできません。
settings-refused-language = { $language }で書かれたプロジェクトが { $count } 件あるため、この言語は外せません。
settings-refused-favourites = ある VIP 審査員が1つのカテゴリーですでに { $count } 件のお気に入りを選んでいるため、数をそれより小さくできません。
settings-refused-shortlist = VIP 審査員がショートリストから選んでいる最中のため、件数は今は変更できません。
settings-refused-deadline = 提出受付中のため、締め切りを過去にはできません。代わりにフェーズのページでイベントを審査（モデレーション）に進めてください。
error-date-invalid = 2027-03-31 17:00 のように日時を入力してください。
error-date-skipped = イベントのタイムゾーンでは時計がこの時刻を飛ばします。別の時刻を選んでください。
error-date-order = この日時は前の日時より後にしてください。
error-languages-required = 少なくとも1つの言語を選んでください。
error-category-slug = 半角小文字・数字・単独のハイフンで2〜40文字にしてください。
error-category-name-required = 新しいカテゴリーには英語の名前が必要です。
error-category-exists = この識別子のカテゴリーはすでにあります。
error-category-too-many = カテゴリーは1つのイベントで最大20個です。
error-category-has-projects = このカテゴリーにはプロジェクトがあるため削除できません。名前を変更してください。
error-category-has-judges = VIP 審査員がこのカテゴリーでお気に入りを選んでいるため削除できません。
error-category-last = イベントには少なくとも1つのカテゴリーが必要です。

## Certificates
certificates-heading = 証明書
console-certificates-text = 参加・お気に入り・受賞の証明書を PDF で。1枚ずつ、またはまとめて zip で。
certificates-mine-intro = ギャラリーに掲載されたプロジェクトのクリエイター全員に参加証明書が発行されます。お気に入りと受賞の証明書は結果発表の後に発行されます。
certificates-col-name = クリエイター
certificates-col-project = プロジェクト
certificates-col-kind = 証明書
certificates-col-download = ダウンロード
certificates-col-count = 枚数
certificates-col-requested = 依頼日時
certificates-col-status = 状態
certificates-col-progress = 進み具合
certificates-download-pdf = PDF
certificates-download-zip = Zip
certificates-none = まだ証明書はありません。プロジェクトがギャラリーに掲載されると発行されます。
certificates-organizer-intro = 各クリエイターの証明書は本人の言語で作られます。
certificates-bulk = すべての証明書を1つの zip にまとめる
certificates-bulk-queued = zip を作成中です。このページで進み具合を確認できます。
certificates-list-hint = 全証明書のダウンロードリンク付き一覧はエクスポートにあります：
certificates-event-none = ギャラリーにまだプロジェクトがないため、証明書はありません。
certificates-batches = Zip ファイル
certificates-batch-queued = 待機中
certificates-batch-running = 作成中
certificates-batch-done = 完了
certificates-batch-failed = 失敗
certificates-batch-removed = 削除済み（クリエイターのデータが消去されました）
certificates-batch-progress = { $total } 件中 { $done } 件
certificates-batch-size = { $megabytes } MB
certificate-participation-heading = 参加証明書
certificate-participation-body = 次のプロジェクトで参加したことを証します
certificate-favourite-heading = VIP 審査員のお気に入り
certificate-favourite-body = そのプロジェクトが VIP 審査員のお気に入りに選ばれました
certificate-award-heading = 受賞証明書
certificate-award-body = そのプロジェクトは次の賞を受賞しました
certificate-category = カテゴリー：{ $category }
certificate-presented-to = この証明書を贈ります
certificate-signature = 運営チーム
export-certificates = 証明書
export-certificates-text = すべての証明書：誰に、何語で、ダウンロードリンク付き。

# The console's counts, and the moderation queue's filters, pages and bulk approval.
console-to-review =
    { $count ->
        [0] 確認待ちの作品はありません。
       *[other] 確認待ちの作品が{ $count }件あります。
    }
console-consents-pending =
    { $count ->
        [0] 保護者の同意を待っているクリエイターはいません。
       *[other] 保護者の同意を待っているクリエイターが{ $count }人います。
    }
moderation-status = 状況
moderation-status-review = 確認待ち
moderation-status-all = すべて
moderation-status-pending = 未判断
moderation-any-category = すべてのカテゴリー
moderation-showing = 全{ $total }件中 { $from }～{ $to }件目
moderation-none-to-review = 確認待ちの作品はありません。
moderation-past-end = このページは一覧の最後より後ろです（一覧は全{ $pages }ページです）。
moderation-first-page = 最初のページへ
moderation-select-project = 「{ $title }」を選択
moderation-select-all = このページの{ $count }件をすべて選択
moderation-select-none = 選択を解除
moderation-bulk-none = 作品が選択されていません。承認する作品にチェックを入れてから、もう一度ボタンを押してください。
moderation-waits-short = 保護者の同意が届いたら承認できます。
moderation-invalid-parameter = このモデレーションのリンクは「{ $parameter }」の値が正しくありません。コンソールからもう一度一覧を開いてください。
