using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>
/// Phrases taken from the translation files of consent banners, themes and plugins that news sites run (listed in
/// docs/rule-packs.md, "Where the phrases come from"): the widget's line goes, by the rule that reads its category, and
/// article prose in the same language that uses the same words stays.
/// </summary>
public sealed class SourcedPhraseTests
{
    [Theory]
    // tarteaucitron.js consent banner (lang/tarteaucitron.{vi,uk,ko,tr}.js).
    [InlineData("vi", "OK, đồng ý", "prompts.cookie")]
    [InlineData("vi", "Cho phép tất cả các Cookies", "prompts.cookie")]
    [InlineData("vi", "Trang web này sử dụng cookie và cung cấp cho bạn quyền kiểm soát những gì bạn muốn kích hoạt", "prompts.cookie")]
    [InlineData("vi", "Trang web này không sử dụng bất kì cookie nào yêu cầu sự chấp thuận của bạn.", "prompts.cookie")]
    [InlineData("uk", "Все відхилити", "prompts.cookie")]
    [InlineData("uk", "Обов'язкові кукі", "prompts.cookie")]
    [InlineData("uk", "Цей сайт використовує кукі і дає вам можливість обрати ті, які ви хочете увімкнути", "prompts.cookie")]
    [InlineData("uk", "Продовжуючи навігацію, ви погоджуєтесь на використання сторонніх послуг, які можуть встановлювати кукі", "prompts.cookie")]
    [InlineData("ko", "모두 거부", "prompts.cookie")]
    [InlineData("ko", "쿠키 관리 패널", "prompts.cookie")]
    [InlineData("ko", "이 사이트는 쿠키를 사용하며 귀하가 활성화하려는 쿠키를 제어할 수 있습니다", "prompts.cookie")]
    [InlineData("ko", "이 사이트는 귀하의 동의가 필요한 쿠키를 사용하지 않습니다.", "prompts.cookie")]
    [InlineData("tr", "Tüm çerezlere izin verin", "prompts.cookie")]
    [InlineData("tr", "Bu site çerezleri kullanır ve etkinleştirmek istediklerinizi kontrol etmenizi sağlar", "prompts.cookie")]
    [InlineData("tr", "Navigasyonunuza devam ederek, çerez yükleyebilecek üçüncü taraf hizmetlerinin kullanımını kabul edersiniz", "prompts.cookie")]
    // nuxt-cookie-control's consent banner (src/runtime/locale/{id,uk,ar,ko,tr}.ts).
    [InlineData("id", "Tolak semua", "prompts.cookie")]
    [InlineData("id", "Kuki fungsional", "prompts.cookie")]
    [InlineData("id", "Untuk melihat ini, harap aktifkan kuki fungsional", "prompts.cookie")]
    [InlineData("id", "Kami menggunakan kuki kami sendiri dan kuki pihak ketiga agar kami dapat menampilkan situs web ini dengan benar dan lebih memahami bagaimana situs web ini digunakan, dengan tujuan untuk meningkatkan layanan yang kami tawarkan.", "prompts.cookie")]
    [InlineData("uk", "Необхідні файли cookie", "prompts.cookie")]
    [InlineData("uk", "Ми використовуємо власні файли cookie та сторонні файли cookie, щоб ми могли показати вам цей веб-сайт і краще зрозуміти, як ви ним користуєтеся, з метою покращення пропонованих нами послуг. Якщо ви продовжуєте перегляд, ми вважаємо, що ви прийняли файли cookie.", "prompts.cookie")]
    [InlineData("ar", "إدارة ملفات تعريف الارتباط", "prompts.cookie")]
    [InlineData("ar", "لرؤية هذا ، يرجى تمكين ملفات تعريف الارتباط الوظيفية", "prompts.cookie")]
    [InlineData("ko", "모두 거부하기", "prompts.cookie")]
    [InlineData("ko", "이 콘텐츠를 볼 수 있도록 기능적 쿠키를 허용해 주세요.", "prompts.cookie")]
    [InlineData("tr", "İşlevsel çerezler", "prompts.cookie")]
    [InlineData("tr", "Bunu görmek için lütfen işlevsel çerezleri etkinleştirin", "prompts.cookie")]
    [InlineData("ms", "Dasar kuki", "prompts.cookie")]
    // WordPress's Twenty Fourteen theme (ms), AMP stories' share menu (ms, id), Mailchimp for WordPress's widget (tr).
    [InlineData("ms", "Langkau ke kandungan", "site.navigation")]
    [InlineData("ms", "Navigasi kiriman", "site.navigation")]
    [InlineData("ms", "Kongsi | Facebook | WhatsApp | E-mel | Dapatkan Pautan", "social.sharebar")]
    [InlineData("id", "Facebook | Twitter | WhatsApp | Dapatkan Tautan", "social.sharebar")]
    [InlineData("tr", "Haber Bülteni", "prompts.newsletter")]
    // Ghost: the Source theme's paywall and sign-up box (ko, tr, uk, pl), the embedded sign-up form and portal (ms, id, vi).
    [InlineData("ko", "이미 계정이 있으신가요?", "prompts.paywall")]
    [InlineData("ko", "유료 계정으로 업그레이드하여 전체 콘텐츠를 이용하세요.", "prompts.paywall")]
    [InlineData("ko", "이 게시물은 유료 구독자 전용입니다", "prompts.paywall")]
    [InlineData("ko", "지금 구독하기", "prompts.newsletter")]
    [InlineData("ko", "최신 이슈를 놓치지 마세요. 지금 가입하고 회원 전용 이슈 라이브러리를 이용해 보세요.", "prompts.newsletter")]
    [InlineData("tr", "Bu yazı sadece ücretli aboneler içindir", "prompts.paywall")]
    [InlineData("tr", "Tam erişim elde etmek için ücretli bir hesaba yükseltin.", "prompts.paywall")]
    [InlineData("tr", "Şimdi abone ol", "prompts.newsletter")]
    [InlineData("uk", "Цей контент доступний лише для підписників", "prompts.paywall")]
    [InlineData("pl", "Ulepsz swoje konto", "prompts.paywall")]
    [InlineData("pl", "Wpisz swój e-mail", "prompts.newsletter")]
    [InlineData("ms", "Sudah menjadi ahli?", "prompts.paywall")]
    [InlineData("ms", "Semak e-mel anda sekarang!", "prompts.newsletter")]
    [InlineData("ms", "Untuk melengkapkan pendaftaran, klik pautan pengesahan dalam peti masuk anda. Jika ia tidak sampai dalam masa 3 minit, semak folder spam anda!", "prompts.newsletter")]
    [InlineData("id", "Sekarang periksa email Anda!", "prompts.newsletter")]
    [InlineData("vi", "Để hoàn tất đăng ký, nhấn vào liên kết xác minh trong email. Sau 3 phút mà chưa thấy, hãy kiểm tra thư spam!", "prompts.newsletter")]
    // Call-to-action buttons of AMP story ads (extensions/amp-story-auto-ads/0.1/_locales).
    [InlineData("vi", "Cài đặt ngay", "ads.line")]
    [InlineData("ko", "앱 열기", "ads.line")]
    [InlineData("tr", "Şimdi Sipariş Et", "ads.line")]
    [InlineData("uk", "Відкрити додаток", "ads.line")]
    [InlineData("hi", "अभी इंस्टॉल करें", "ads.line")]
    [InlineData("ar", "تثبيت الآن", "ads.line")]
    // Ghost's Casper theme (uk, vi).
    [InlineData("uk", "Цей допис доступний лише для платних підписників", "prompts.paywall")]
    [InlineData("uk", "Оформіть платну підписку, щоб відкрити повний доступ.", "prompts.paywall")]
    [InlineData("uk", "Хочете читати першими? Приєднуйтеся до нашої спільноти підписників і отримайте ексклюзивний доступ до випусків.", "prompts.newsletter")]
    [InlineData("uk", "Підписатися зараз", "prompts.newsletter")]
    [InlineData("vi", "Bài viết này chỉ dành cho thành viên trả phí", "prompts.paywall")]
    [InlineData("vi", "Bạn đã có tài khoản?", "prompts.paywall")]
    [InlineData("vi", "Đừng bỏ lỡ các số phát hành mới nhất. Đăng ký ngay để có quyền truy cập vào thư viện các số phát hành độc quyền cho thành viên.", "prompts.newsletter")]
    [InlineData("vi", "Đăng ký đọc ngay", "prompts.newsletter")]
    public void A_widget_line_between_paragraphs_is_removed(string language, string line, string ruleId) =>
        RuleHarness.AssertDefaultRemovesAmid(LanguageSamples.ArticleIn(language), line, ruleId, separator: "\n");

    [Theory]
    // Prose about cookies and consent, in the banners' own words but not addressed to the reader.
    [InlineData("vi", "Nhiều trang web sử dụng cookie để theo dõi người dùng, và giới chuyên gia khuyên nên đọc kỹ trước khi bấm đồng ý.")]
    [InlineData("vi", "Cookie chi tiết đến đâu thì cũng chỉ là một tệp văn bản nhỏ, ông Minh giải thích.")]
    [InlineData("uk", "Цей сайт використовує кукі без згоди користувачів, встановили перевіряльники з Держспоживслужби.")]
    [InlineData("uk", "Все відхилити не вдалося: парламент ухвалив закон у першому читанні.")]
    [InlineData("ko", "이 사이트는 쿠키를 사용하며 이용자 동의 없이 광고 정보를 수집했다고 개인정보위는 밝혔다.")]
    [InlineData("ko", "필수 쿠키만 허용해도 광고 추적을 크게 줄일 수 있다고 전문가들은 말했다.")]
    [InlineData("tr", "Bu site çerezleri kullanır ama kullanıcılara hiçbir seçenek sunmuyor, dedi Kurul Başkanı.")]
    [InlineData("tr", "Uzmanlar, tüm çerezlere izin vermenin kişisel verileri riske attığını söylüyor.")]
    // Words of the theme and share-menu labels at the start of article sentences.
    [InlineData("ms", "Navigasi kiriman bantuan kepada mangsa banjir kini dikendalikan oleh Jabatan Kebajikan Masyarakat.")]
    [InlineData("ms", "Komen ditutup oleh pengendali laman itu selepas ratusan mesej berbaur perkauman dihantar, kata polis.")]
    [InlineData("id", "Tautan disalin dan disebarkan ribuan kali di grup WhatsApp sebelum polisi menyatakan informasi itu palsu.")]
    [InlineData("id", "Komentar ditutup oleh pengelola akun setelah unggahan itu dibanjiri ujaran kebencian.")]
    [InlineData("tr", "Haber bülteni yayınlanmadan önce bakanlık açıklama yaptı.")]
    [InlineData("ko", "회원 전용 주차장은 다음 달부터 일반 시민에게도 개방된다.")]
    [InlineData("tr", "Üyelere özel indirimler yılbaşına kadar sürecek, dedi şirket yöneticisi.")]
    [InlineData("uk", "Цей контент доступний лише для підписників платформи, тож більшість глядачів його не побачить, зазначають аналітики.")]
    [InlineData("pl", "Ulepsz swoje konto – takim komunikatem oszuści wabią klientów banków, ostrzega CERT Polska.")]
    [InlineData("ms", "Sudah menjadi ahli parti selama 20 tahun, beliau berkata keputusan itu amat mengecewakan.")]
    [InlineData("id", "Warga diminta tidak mengeklik tautan di kotak masuk email dari pengirim yang tidak dikenal.")]
    [InlineData("vi", "Người dân được khuyến cáo không nhấn vào liên kết lạ trong email hay tin nhắn.")]
    // Sentences that older contains phrases of the same packs took for widgets.
    [InlineData("pl", "Nowy lek będzie dostępny tylko dla pacjentów onkologicznych, poinformowało ministerstwo zdrowia.")]
    [InlineData("pl", "Zniżki przewidziano także dla subskrybentów serwisów streamingowych, którzy kupią pakiet do końca roku.")]
    [InlineData("pl", "Nowa funkcja będzie dostępna tylko dla subskrybentów serwisu, zapowiedział Netflix.")]
    [InlineData("pl", "Lekarz zalecił mu nowe okulary, aby czytać dalej bez bólu głowy.")]
    [InlineData("id", "Polisi mengimbau warga agar tidak klik tautan yang dikirim melalui pesan singkat dari nomor tak dikenal.")]
    [InlineData("vi", "Chương trình ưu đãi dành cho thành viên công đoàn sẽ kéo dài đến hết năm, đại diện Liên đoàn Lao động cho biết.")]
    [InlineData("vi", "Ông cho biết cần thêm thời gian để đọc tiếp các tài liệu mà cơ quan điều tra cung cấp.")]
    [InlineData("vi", "Luật sư đề nghị tòa cho thêm thời gian để đọc toàn bộ hồ sơ vụ án trước phiên xử.")]
    [InlineData("vi", "Câu lạc bộ có nhiều ưu đãi dành riêng cho hội viên lâu năm, ông Hùng cho biết.")]
    [InlineData("id", "Google menggunakan cookie pihak ketiga untuk melacak kebiasaan pengguna, kata peneliti keamanan itu.")]
    [InlineData("id", "Kebijakan cookie yang baru mulai berlaku di Uni Eropa bulan depan.")]
    [InlineData("id", "Regulator meminta persetujuan cookie dibuat lebih sederhana bagi pengguna.")]
    [InlineData("ms", "Syarikat itu menggunakan kuki untuk menjejak pengguna tanpa kebenaran, kata Pesuruhjaya Perlindungan Data Peribadi.")]
    [InlineData("ms", "Dasar kuki baharu itu akan dikuatkuasakan mulai bulan depan, kata kementerian.")]
    [InlineData("ar", "وقالت الهيئة إن الموقع يستخدم ملفات تعريف الارتباط لتتبع المستخدمين دون موافقتهم.")]
    [InlineData("tr", "Yeni çerez politikası reklam sektöründe tartışma yarattı.")]
    [InlineData("uk", "Необхідні файли cookie та інші дані сайти зберігатимуть лише за згодою користувача, передбачає законопроєкт.")]
    [InlineData("ko", "쿠키 관리 방식을 두고 업계의 의견이 엇갈리고 있다.")]
    [InlineData("hi", "नए विज्ञापन के बाद कंपनी की बिक्री में तीस प्रतिशत की बढ़ोतरी हुई।")]
    [InlineData("hi", "होर्डिंग पर लगे विज्ञापन के नीचे लिखे नंबर पर फोन करने वालों से ठगी की गई।")]
    [InlineData("tr", "Vatandaşlar, ödül kazandınız, hemen almak için tıklayın mesajlarına karşı uyarıldı.")]
    [InlineData("ko", "넷플릭스는 다음 달부터 구독자 전용 혜택을 확대한다고 밝혔다.")]
    [InlineData("ko", "이 호텔은 유료회원 전용 라운지를 새로 열었다.")]
    [InlineData("tr", "Şirket, abonelere özel indirim kampanyasını yıl sonuna kadar uzattı.")]
    [InlineData("uk", "Нова послуга буде доступна лише для передплатників пакета «Преміум», повідомили в компанії.")]
    [InlineData("ar", "وأوضحت الشركة أن الخدمة الجديدة متاحة للمشتركين فقط في المرحلة الأولى.")]
    [InlineData("ms", "Promosi tambang murah itu untuk pelanggan sahaja yang mendaftar sebelum hujung bulan ini.")]
    [InlineData("id", "Diskon tarif listrik ini khusus pelanggan rumah tangga dengan daya 900 VA.")]
    [InlineData("hi", "कंपनी ने कहा कि यह सुविधा केवल सब्सक्राइबर्स के लिए उपलब्ध होगी।")]
    [InlineData("uk", "Міністерство витратило понад мільйон гривень на розсилку паперових повідомлень пенсіонерам.")]
    [InlineData("vi", "Người dân có thể nhận bản tin thời tiết hằng ngày qua ứng dụng của đài khí tượng.")]
    [InlineData("tr", "Belediye, esnafa yönelik e-bülten hizmetini geçen ay başlattı.")]
    [InlineData("tr", "Şirket haftalık e-posta bülteni yayınlamaya başladığını duyurdu.")]
    [InlineData("ar", "وأطلقت الوزارة النشرة البريدية الجديدة للمزارعين لإبلاغهم بمواعيد الري.")]
    [InlineData("pl", "Urząd wydał w zeszłym roku ponad milion złotych na newsletter dla przedsiębiorców.")]
    [InlineData("vi", "Chính sách cookie mới của Google sẽ có hiệu lực từ năm sau.")]
    [InlineData("hi", "गूगल ने अपनी नई कुकी नीति की घोषणा की है।")]
    [InlineData("pl", "Nowa polityka cookies Google wejdzie w życie w przyszłym roku.")]
    [InlineData("ms", "Kerajaan negeri melancarkan saluran WhatsApp khas untuk aduan banjir.")]
    [InlineData("id", "Pemerintah kota membuka saluran WhatsApp untuk pengaduan warga soal banjir.")]
    [InlineData("hi", "पुलिस ने बताया कि व्हाट्सएप चैनल के जरिए अफवाहें फैलाई गईं।")]
    [InlineData("hi", "गूगल न्यूज़ पर खबरें दिखाने को लेकर प्रकाशकों ने शिकायत की।")]
    [InlineData("vi", "Cơ quan thuế mở kênh Zalo để giải đáp thắc mắc của người nộp thuế.")]
    [InlineData("uk", "Тільки за платною підпискою можна буде дивитися матчі чемпіонату, повідомив стримінговий сервіс.")]
    [InlineData("vi", "Dành cho thành viên trả phí, ứng dụng sẽ có thêm tính năng dịch tự động từ tháng sau.")]
    [InlineData("ko", "앱 열기 버튼을 누르면 결제 화면으로 바로 넘어가도록 바뀐다.")]
    [InlineData("uk", "Відкрити додаток «Дія» можна буде і без інтернету, пообіцяли в міністерстві.")]
    [InlineData("ar", "تثبيت الآن أسعار الفائدة يبدو الخيار الأرجح، بحسب محللين.")]
    public void Prose_with_the_same_words_is_kept(string language, string line) =>
        RuleHarness.AssertDefaultKeepsAmid(LanguageSamples.ArticleIn(language), line, separator: "\n");

    [Theory]
    [InlineData("ko", "이런 글도 좋아하실 거예요")] // Ghost Source theme's "You might also like..."
    [InlineData("ko", "다음 읽을거리")] // "Read next"
    [InlineData("tr", "Bunlar da hoşunuza gidebilir")]
    [InlineData("tr", "Sıradakini oku")]
    [InlineData("pl", "Może Ci się spodobać")]
    [InlineData("uk", "Вам також може сподобатися")] // Ghost Casper theme
    [InlineData("uk", "Читати наступне")]
    [InlineData("vi", "Có thể bạn cũng thích")]
    public void A_related_heading_takes_the_headlines_under_it(string language, string heading)
    {
        var sample = LanguageSamples.All.Single(s => s.Language == language);
        string[] article = LanguageSamples.ArticleIn(language);
        string[] block = [heading, .. sample.RelatedBlock[1..]];

        var result = NewsCleaner.CleanWithTrace(string.Join("\n", [.. article, .. block]));

        foreach (var line in block)
        {
            Assert.Contains(result.Removals, r => r.RuleId == "related.block" && r.Text.Split('\n').Contains(line));
        }

        Assert.Equal(article, result.Text.Split("\n\n"));
    }

    [Theory]
    [InlineData("ms", "Komen ditutup.")] // Twenty Fourteen's "Comments are closed."
    [InlineData("id", "Komentar ditutup.")] // MH Magazine lite's "Comments are closed."
    [InlineData("id", "Alamat email Anda tidak akan dipublikasikan.")] // the comment form's privacy notice
    public void A_comments_notice_after_the_article_removes_the_comments(string language, string heading)
    {
        string[] article = language == "id"
            ? [.. ArticleText.Indonesian, "Pemerintah daerah berjanji akan mengumumkan hasil evaluasi program tersebut sebelum akhir bulan depan."]
            : LanguageSamples.ArticleIn("ms");
        string comment = language == "id"
            ? "Budi S.: Di kompleks kami air juga naik sampai lutut, tapi belum ada petugas yang datang."
            : "Ahmad: Kawasan kami juga dilanda banjir setiap tahun, tetapi tiada tindakan diambil.";
        string[] comments = [heading, comment, "Balas"];

        var result = NewsCleaner.CleanWithTrace(string.Join("\n", [.. article, .. comments]));

        foreach (var line in comments)
        {
            Assert.Contains(result.Removals, r => r.RuleId == "comments.section" && r.Text.Split('\n').Contains(line));
        }

        Assert.Equal(article, result.Text.Split("\n\n"));
    }
}
