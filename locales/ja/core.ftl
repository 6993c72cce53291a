site-name = ユース・ショーケース
site-tagline = 世界中の若いクリエイターが、作ったものを紹介します。
skip-to-content = メインコンテンツへ移動
nav-main-label = メインナビゲーション
nav-home = ホーム
language-switcher-label = 言語
footer-about = オンラインのユース・プログラミング作品展のためのオープンソース・プラットフォームです。

format-date-time = %Y年%-m月%-d日 %H:%M %Z
format-number = { NUMBER($n) }

error-not-found-heading = ページが見つかりません
error-not-found-message = お探しのページは見つかりませんでした。移動したか、存在しない可能性があります。
error-forbidden-heading = アクセスできません
error-forbidden-message = このページへのアクセス権がありません。
error-bad-request-heading = リクエストに問題があります
error-bad-request-message = 入力内容を確認して、もう一度お試しください。
error-server-heading = サーバー側で問題が発生しました
error-server-message = 申し訳ありません。しばらくしてからもう一度お試しください。問題が続く場合は、主催者にお知らせください。
error-back-home = ホームに戻る
