# Guardian consent, moderation, publication.

project-status-awaiting-consent = 保護者の同意待ち
project-status-in-review = 確認中
project-status-needs-changes = 修正が必要
project-status-rejected = 不採用
project-status-published = 公開済み
project-moderator-says = 運営スタッフからのメッセージ：
project-consent-heading = 保護者の同意
project-consent-intro = 作品を公開する前に、18歳未満のクリエイター一人ひとりについて、保護者の同意が必要です。
project-consent-guardian-email = 保護者のメールアドレス
project-consent-send = 同意を依頼する
project-consent-answer = このクリエイターについて同意する

consent-state-granted = 同意済み
consent-state-pending = 返答待ち
consent-state-missing = 未依頼
consent-state-not-needed = 同意は不要
consent-state-declined = 保護者が同意しませんでした
consent-state-withdrawn = 保護者が取り消しました
consent-email-invalid = 保護者の正しいメールアドレスを入力してください。
consent-email-own = 自分のメールアドレスではなく、保護者のメールアドレスを入力してください。
consent-resend-wait = 数分前に依頼を送信しました。もう一度送る前に、少し待ってください。
consent-requested = 保護者にメールを送りました。
consent-recorded = ありがとうございます。回答を記録しました。
consent-declined = 回答を記録しました。作品は公開されません。

consent-heading = ユース・ショーケースへの同意のお願い
consent-intro = { $name } さんが、若い人向けのオンライン作品展でプログラミング作品を紹介したいと考えています。公開される内容は、以下がすべてです。
consent-public-heading = 公開される情報
consent-public-name = 表示される名前
consent-public-age-group = 年齢層
consent-private-heading = 公開されない情報
consent-private-text = 姓、メールアドレス、生年月日、学校、および保護者の方ご自身の情報が公開されることはなく、第三者に提供されることもありません。
consent-choices = 以下から選んでください
consent-scope-publish = 上記の内容で作品を公開する
consent-scope-photos = 人が写っている画像も公開する
consent-scope-contact = イベントについて、主催者から連絡を受けてもよい
consent-wording-label = 文面のバージョン
consent-agree = チェックした内容に同意します
consent-decline = 同意しません
consent-decline-hint = どれにも同意しない場合は「同意しません」を選んでください。作品に関する情報は何も公開されません。
consent-choose-answer = 「チェックした内容に同意します」か「同意しません」のどちらかのボタンで回答してください。
consent-nothing-ticked = 同意する項目にチェックを入れてください。どれにも同意しない場合は「同意しません」を選んでください。
consent-photos-need-publish = 画像は作品のページでのみ公開されます。画像を公開するには「上記の内容で作品を公開する」にもチェックを入れるか、画像のチェックを外してください。
consent-thanks-heading = ありがとうございました
consent-thanks-text = ご回答を記録しました。確認のメールをお送りしました。メール内のリンクから、いつでも同意を取り消すことができます。
consent-declined-heading = ご回答を記録しました
consent-declined-text = 作品は公開されません。ご回答いただき、ありがとうございました。
consent-withdraw-heading = 同意の取り消し
consent-withdraw-intro = 同意を取り消すと、作品はすぐにすべての公開ページから削除され、チームと主催者に通知されます。
consent-withdraw-submit = 同意を取り消す
consent-withdrawn-heading = 同意を取り消しました
consent-withdrawn-text = 作品は、もうどこにも公開されていません。
consent-receipt-heading = すでにご回答いただいています
consent-receipt-intro = このリンクはすでに使われているため、これ以上何も変更できません。このリンクで記録された回答は次のとおりです。
consent-receipt-answered-at = 回答日時
consent-receipt-withdrawn-at = 同意を取り消した日時
consent-receipt-change = 同意された場合は、お送りした確認メールのリンクから、いつでも同意を取り消せます。別の回答をするには、作品を出したご本人に新しい依頼を送ってもらってください。
consent-answer-granted = はい
consent-answer-declined = いいえ
consent-answer-withdrawn = はい（その後取り消し）
consent-link-used-text = 同意のリンクは一度しか使えません。
consent-link-expired-text = 同意のリンクには有効期限があります。まだ回答される場合は、作品を出したご本人に新しい依頼を送ってもらってください。
consent-link-invalid-text = このリンクは無効です。メールからリンク全体をコピーしたかご確認ください。

age-bracket-up-to-10 = 10歳以下
age-bracket-11-13 = 11〜13歳
age-bracket-14-16 = 14〜16歳
age-bracket-17-18 = 17〜18歳

moderation-heading = モデレーション
moderation-filter = 絞り込み
moderation-select = 選択
moderation-consent = 同意
moderation-consents = { $needed }件中{ $given }件
moderation-state = 確認状況
moderation-state-pending = 未確認
moderation-state-approved = 承認済み
moderation-state-rejected = 不採用
moderation-state-changes-requested = 修正依頼中
moderation-bulk-approve = 選択した作品を承認
moderation-empty = 条件に合う応募作品はありません。
moderation-decide = 決定
moderation-reason = 理由（チーム向け）
moderation-reason-hint = 修正を依頼する場合や、作品を採用しない場合は必須です。チームにはメールで届きます。
moderation-approve = 承認
moderation-request-changes = 修正を依頼
moderation-reject = 採用しない
moderation-saved = 決定を保存し、チームに通知しました。
moderation-reason-required = チームへの理由を入力してください。
moderation-reason-too-long = 理由は1,000文字以内にしてください。
moderation-decision-approved = 承認されました
moderation-decision-rejected = 採用されませんでした
moderation-decision-changes-requested = いくつか修正が必要です
console-moderation-text = 応募作品を確認します。
console-published-text = 公開中の作品と、公開の根拠となった同意です。
published-heading = 公開中の作品
published-intro = 公開されているすべての作品と、公開を認めた同意の記録です。
published-none = まだ公開されている作品はありません。
published-creator = クリエイター
published-scope = 同意
published-given-by = 同意した人
published-given-at = 日時
published-wording = 文面

email-consent-request-subject = { $name } さんの作品の公開について、同意のお願い
email-consent-reminder-subject = 【リマインダー】{ $name } さんの作品の公開について、同意のお願い
email-consent-request-text = { $name } さんが、若いプログラマーのためのオンライン作品展に作品「{ $title }」を応募し、公開について保護者の方の同意を求めています。
email-consent-request-action = 公開される内容をご確認のうえ、ご判断をお知らせください：
email-consent-request-button = 作品を確認して回答する
email-consent-request-expires =
    { $days ->
       *[other] このリンクは{ $days }日間、1回だけ使えます。
    }
email-consent-request-ignore = この若いクリエイターにお心当たりがない場合は、このメールを無視してください。
email-consent-confirmation-subject = { $name } さんについての同意を記録しました
email-consent-confirmation-text = ありがとうございました。{ $name } さんと作品「{ $title }」についての同意を記録しました。
email-consent-confirmation-withdraw = 次のリンクから、いつでも同意を取り消すことができます。取り消すと、作品はすぐにすべての公開ページから削除されます：
email-consent-withdrawn-subject = 同意が取り消されました：「{ $title }」
email-consent-withdrawn-text = { $creator } さんの保護者が同意を取り消しました。作品「{ $title }」は公開されなくなりました。
email-moderation-subject = 作品「{ $title }」についてのお知らせ
email-moderation-text = 運営スタッフが確認した結果、作品「{ $title }」は{ $decision }。
email-moderation-reason = 運営スタッフからのメッセージ：
moderation-review-change = 公開中の作品の変更
moderation-review-new = 新しい応募
moderation-waiting = 判断待ち
moderation-revision = 第{ $number }版
moderation-changes-heading = 変更される内容
moderation-changes-intro = 一般の人が見るのは承認済みの版です。承認するとこの変更が公開され、却下すると承認済みの版が公開されたままになります。
moderation-change-what = 項目
moderation-change-public = 現在の公開内容
moderation-change-new = 変更案
moderation-no-changes = 判断待ちのものはありません。一般の人にはこの版が表示されています。
moderation-content-heading = 判断する版
moderation-member-new = 新しいメンバー
moderation-reject-change = この変更を却下する
moderation-change-image-added = 新しい画像
moderation-change-image-removed = 削除された画像
moderation-change-image-changed = 画像の説明
moderation-change-member-added = 新しいチームメンバー
moderation-change-member-removed = チームを離れたメンバー
moderation-consent-by-guardian =
    { $domain } のアドレスから回答。このアドレスは{ $others ->
        [0] ほかのクリエイターには回答していません
       *[other] ほかに { $others } 人のクリエイターにも回答しています
    }。
moderation-consent-by-adult =
    このプロフィールを管理する大人（{ $domain }）がアプリで回答。この人は{ $others ->
        [0] ほかのクリエイターには回答していません
       *[other] ほかに { $others } 人のクリエイターにも回答しています
    }。
moderation-consent-for-revision = （表示された版：第{ $number }版）
moderation-revision-outdated = 確認中にチームが作品を変更しました。新しい版を確認してください。
moderation-waits-for-consent = 保護者の同意がまだないメンバーがいます。今承認すると作品全体が非公開になります。同意が届いてから承認してください。
moderation-decision-change-rejected = 以前のまま公開されています。最近の変更は受け付けられませんでした
moderation-decision-change-changes-requested = 以前のまま公開されています。最近の変更には、まずいくつか直してほしい点があります
revision-status-pending = 判断待ち
revision-status-approved = 承認済み
revision-status-rejected = 不承認
revision-status-changes-requested = 修正依頼済み
revision-status-superseded = 新しい版に置き換え済み
project-status-published-changes-in-review = 公開中・変更を確認中
project-status-published-changes-declined = 公開中・変更は不承認
consent-email-account = このアドレスはこのサイトのアカウントのものです。保護者の方ご本人のメールアドレスを聞いてください。
consent-submit-first = まず作品を応募してください。保護者の方は公開される内容をそのまま確認できます。
