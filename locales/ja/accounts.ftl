# Registration, sign-in, passwords, sign-in links, invitations and the account page.

role-creator = クリエイター
role-adult = 保護者・メンター
role-judge = 審査員
role-organizer = 主催者

field-email = メールアドレス
field-password = パスワード
field-new-password = 新しいパスワード
field-first-name = 名
field-surname = 姓
field-display-name = 表示名
field-your-name = お名前
field-birth-year = 生まれた年
field-birth-month = 生まれた月
field-country = 国
field-gender = 性別（任意）
field-gender-description = 性別（自由記述）
field-language = 言語
field-role = 役割
field-token-name = トークン名

hint-password = 10文字以上。覚えやすい単語をいくつか組み合わせると、よいパスワードになります。
hint-surname-private = 非公開です。サイトに表示されることはありません。
hint-display-name-public = 作品と一緒に表示されます。たとえば下の名前やニックネームなど。
hint-birth-private = 年齢のルールを確認するためだけに使います。表示されることはありません。
hint-gender = 任意です。イベントの多様性に関する統計のためだけに、匿名で使います。

gender-female = 女の子・女性
gender-male = 男の子・男性
gender-non_binary = ノンバイナリー
gender-self_described = 自分で記入する
gender-undisclosed = 答えたくない

error-email-required = メールアドレスを入力してください。
error-email-invalid = メールアドレスの形式ではないようです（例：name@example.org）。
error-email-too-long = このメールアドレスは長すぎます。
error-password-too-short = パスワードは10文字以上にしてください。
error-password-too-long = パスワードは128文字以内にしてください。
error-password-common = このパスワードは推測されやすすぎます。あなたにしか結びつかない単語をいくつか組み合わせてみてください。
error-display-name-required = 表示する名前を入力してください。
error-display-name-too-long = 表示名は50文字以内にしてください。
error-name-required = 名前を入力してください。
error-name-too-long = 名前は100文字以内にしてください。
error-text-control-characters = このテキストから、目に見えない特殊な文字を取り除いてください。
error-birth-date-invalid = 正しい生まれた年と月を選んでください。
error-age-too-young-to-register = 13歳未満のクリエイターは、保護者またはメンターが登録します。
error-age-too-old-for-creator = クリエイターは18歳以下である必要があります。大人の方は、保護者またはメンターとして登録できます。
error-country-invalid = リストから国を選んでください。
error-gender-invalid = 選択肢から1つ選んでください。
error-gender-description-required = 性別を記入するか、別の選択肢を選んでください。
error-gender-description-too-long = 50文字以内で入力してください。
error-language-invalid = リストから言語を選んでください。
error-role-invalid = リストから役割を選んでください。
error-sign-in-failed = メールアドレスまたはパスワードが正しくありません。

register-heading = アカウントを作成
register-intro = あなたはどちらですか？
register-as-creator = 13〜18歳で、自分の作品を紹介したい
register-as-adult = 保護者またはメンターです（13歳未満のクリエイターを登録します）
register-have-account = すでにアカウントを持っています
register-under-13 = 13歳未満ですか？ 保護者またはメンターに登録してもらいましょう。
register-creator-heading = クリエイターとして登録
register-creator-intro = 13〜18歳のクリエイター向けです。公開されるのは、表示名・国・年齢層だけです。
register-adult-heading = 保護者またはメンターとして登録
register-adult-intro = 登録後、あなたがサポートしている若いクリエイターを追加できます。
register-submit = アカウントを作成する

check-email-heading = 受信トレイを確認してください
check-email-text = このアドレスが利用できる場合は、リンク付きのメールを送信しました。リンクを開いて続けてください。
check-email-spam = 数分たっても届かない場合は、迷惑メールフォルダを確認してください。

verify-heading = メールアドレスの確認
verify-intro = ボタンを押して、これがあなたのアドレスであることを確認してください。
verify-submit = アドレスを確認する
verify-done = メールアドレスが確認されました。ようこそ！
verify-first-heading = まずメールアドレスを確認してください
verify-first-text = 新しいリンクを送信しました。リンクを開いてから、もう一度ログインしてください。

sign-in-heading = ログイン
sign-in-submit = ログイン
sign-in-with = { $provider }でログイン

forgot-heading = パスワードをお忘れですか？
forgot-intro = メールアドレスを入力すると、新しいパスワードを設定するためのリンクをお送りします。
forgot-submit = リンクを送信
forgot-sent = このアドレスを使っているアカウントがある場合は、新しいパスワードを設定するためのリンクを送信しました。
reset-heading = 新しいパスワードを設定
reset-submit = 新しいパスワードを保存
reset-done = 新しいパスワードを保存しました。ログインしています。

link-heading = ログイン用リンクをメールで受け取る
link-intro = 審査員・主催者向け：1回だけ使えるログイン用リンクをお送りします。
link-submit = ログイン用リンクを送信
link-sent = このアドレスが審査員または主催者のものであれば、ログイン用リンクを送信しました。
link-confirm-heading = ショーケースにログイン

token-invalid-heading = このリンクは使えません
token-invalid-text = リンクが無効です。すべてコピーできているか確認するか、新しいリンクをリクエストしてください。
token-used-heading = このリンクはすでに使われています
token-used-text = リンクは1回しか使えません。まだログインが必要な場合は、新しいリンクをリクエストしてください。
token-expired-heading = このリンクは有効期限が切れています
token-expired-text = リンクが使えるのは限られた時間だけです。新しいリンクをリクエストしてください。

oauth-failed-heading = ログインできませんでした
oauth-declined-text = プロバイダー側でログインがキャンセルされました。
oauth-expired-text = このログインの試みは有効期限が切れたか、すでに使われています。もう一度やり直してください。
oauth-failed-text = プロバイダーでアカウントを確認できませんでした。もう一度お試しいただくか、メールで届くログイン用リンクをご利用ください。
oauth-unknown-heading = このアカウントへの招待はありません
oauth-unknown-text = { $email } は審査員または主催者として招待されていません。このアドレスを招待するよう、主催者に依頼してください。

invitation-heading = 招待が届いています
invitation-intro = { $role }として招待されています（{ $email }）。このアドレスを使ってプロバイダーでログインするか、ここで招待を承諾してください。
invitation-accept = 招待を承諾する
invitation-accepted = ようこそ！招待を承諾しました。

account-heading = マイアカウント
account-intro = { $email } としてログインしています。役割：{ $roles }
account-save = 保存
account-saved = 変更を保存しました。

children-heading = サポートしている若いクリエイター
children-intro = 13歳未満のクリエイターは、自分のログインを持ちません。あなたがここで追加し、本人に代わって操作します。
children-none = まだ誰も追加していません。
children-age = 年齢
children-add-heading = 若いクリエイターを追加
children-add-intro = 公開されるのは、表示名・国・年齢層だけです。
children-add-submit = 追加
children-added = 若いクリエイターを追加しました。

email-greeting = { $name } さん、こんにちは。
email-footer = このメールは、ユース・ショーケースのアカウントに関してお送りしています。
email-ignore = 心当たりがない場合は、このメールを無視してください。
email-link-fallback = ボタンが使えない場合は、次のアドレスをブラウザにコピーしてください：
email-link-expires =
    { $minutes ->
       *[other] このリンクは{ $minutes }分間、1回だけ使えます。
    }
email-verify-email-subject = メールアドレスを確認してください
email-verify-email-text = アカウントの作成を完了するために、メールアドレスを確認してください。
email-verify-email-button = アドレスを確認する
email-reset-password-subject = 新しいパスワードを設定してください
email-reset-password-text = あなたのアカウントのパスワードをリセットするリクエストがありました。このリンクから新しいパスワードを設定してください。
email-reset-password-button = 新しいパスワードを設定
email-sign-in-link-subject = ログイン用リンク
email-sign-in-link-text = このリンクからショーケースにログインしてください。
email-sign-in-link-button = ログイン
email-already-registered-subject = あなたのアドレスで登録しようとした人がいます
email-already-registered-text = あなたのメールアドレスでアカウントを作成しようとした人がいますが、あなたはすでにアカウントをお持ちです。ご本人の場合は、ログインするか、こちらから新しいパスワードを設定してください：
email-invitation-subject = { $role }として招待されました
email-invitation-text = ユース・ショーケースの主催者が、あなたを{ $role }として招待しています。
email-invitation-button = 招待を承諾する
email-invitation-expires =
    { $days ->
       *[other] 招待の有効期間は{ $days }日間です。
    }
error-sign-in-account-limit = このアカウントでパスワードの間違いが多すぎます。しばらく待ってからもう一度お試しいただくか、「パスワードをお忘れですか？」から新しいパスワードを設定してください。
signed-out-everywhere = すべての端末でサインアウトしました。
token-revoked-heading = このリンクはもう使えません
token-revoked-text = このリンクを送った後にアカウントのパスワードが変更されたため、リンクは使えなくなりました。必要なら新しいリンクを申し込んでください。
account-sign-out-everywhere = すべての端末でサインアウト
account-sign-out-everywhere-hint = この端末とほかのすべての端末で、このアカウントのセッションを終了します（サインアウトし忘れた共用パソコンなど）。

## Data rights
account-download-data = 自分のデータをダウンロード
account-download-data-hint = あなたと、あなたが管理する子どものプロフィールについて保存しているすべてを JSON ファイルで。
account-delete-link = アカウントを削除
children-actions = 操作
children-delete = { $name }さんのプロフィールを削除
erase-confirm = 元に戻せないことを理解しました。
error-erase-confirm = 確認のためにチェックを入れてください。
erase-keep = アカウントを残す
erase-account-heading = アカウントを削除する
erase-account-intro = アカウント、あなたが管理するすべての子どものプロフィールとその同意、あなた一人の作品(画像も含む)が削除されます。チームの作品はあなた抜きで他のメンバーに残ります。送信待ちのメールは取り消されます。元に戻せません。控えが必要なら先にデータをダウンロードしてください。
erase-account-submit = アカウントを完全に削除
erase-account-done-heading = アカウントを削除しました
erase-account-done = あなたに関するもの(アカウント、プロフィール、あなた一人の作品)はすべて削除されました。参加してくれてありがとう。
erase-child-heading = { $name }さんのプロフィールを削除する
erase-child-intro = { $name }さんのプロフィール、その同意、{ $name }さん一人の作品(画像も含む)が削除されます。チームの作品は{ $name }さん抜きで他のメンバーに残ります。元に戻せません。
erase-child-submit = このプロフィールを完全に削除
erase-child-done = プロフィールと関連するすべてを削除しました。
erase-refused-staff = 審査員・運営者のアカウントは運営者が削除します。運営者に依頼してください。
