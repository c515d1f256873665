#!/usr/bin/env python3
"""Builds Data/gazetteer.tsv, the bilingual gazetteer of names that are
translated rather than transliterated (Syria سوريا, Islamic State داعش).

Four sources, in this order in the file:

  CLDR countries  English and Arabic territory names from the system ICU's
                  CLDR data: uloc_getDisplayCountry (display locales en, ar)
                  over uloc_getISOCountries, plus CLDR's own alternate forms
                  (Countries%short, Countries%variant: UK, US, Czech Republic,
                  فلسطين ...) and the small hand additions in COUNTRY_EXTRA.
  CLDR cities     exemplar city names of the canonical time zones
                  (icu::TimeZoneNames::getExemplarLocationName, en and ar),
                  with the corrections in CITY_SKIP / CITY_AR_REPLACE /
                  CITY_EXTRA. A zone named after its territory (Asia/Qatar,
                  Europe/Malta) adds its Arabic to the country's row instead.
  hand LOC        Middle East cities, regions and features that CLDR lacks
                  (HAND_LOC below).
  hand ORG        organizations, with their abbreviations (HAND_ORG below).

Unicode's CLDR data is under the Unicode licence (see Data/README.md); the
hand-curated lists are the project's own.

Usage:
  python3 scripts/build-gazetteer.py            rebuild Data/gazetteer.tsv, then check it
  python3 scripts/build-gazetteer.py --check    only check Data/gazetteer.tsv (or --out FILE)

The rebuild compiles a small C++ helper against the system ICU (g++ and
`pkg-config icu-uc icu-i18n`, Debian libicu-dev) under /tmp; the CLDR part of
the output follows the installed ICU version (the header records it).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

FORMAT = 1
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_OUT = os.path.join(ROOT, 'Data', 'gazetteer.tsv')
BUILD_DIR = os.path.join(tempfile.gettempdir(), 'tarjuman-gazetteer')
TYPES = ('PER', 'LOC', 'ORG')
HEADER = 'type\tenglish\tarabic'

# ---------------------------------------------------------------------------
# The ICU helper: prints tab-separated records
#   V  icu-version  cldr-version
#   C  code  english  arabic                    uloc_getDisplayCountry
#   A  locale  table  code  name                Countries%short / %variant
#   Z  zone  region  english  arabic            exemplar city of a canonical zone
# ---------------------------------------------------------------------------
HELPER_SOURCE = r'''
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/ures.h>
#include <unicode/uversion.h>
#include <unicode/tznames.h>
#include <unicode/timezone.h>
#include <unicode/strenum.h>
#include <unicode/unistr.h>
#include <unicode/locid.h>
#include <cstdio>
#include <memory>
#include <string>
using namespace icu;

static std::string utf8(const UnicodeString& s) { std::string o; s.toUTF8String(o); return o; }
static void fail(const char* what, UErrorCode e) { std::fprintf(stderr, "%s: %s\n", what, u_errorName(e)); std::exit(1); }

int main() {
    UErrorCode st = U_ZERO_ERROR;
    UVersionInfo icu, cldr; char iv[U_MAX_VERSION_STRING_LENGTH], cv[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(icu); u_versionToString(icu, iv);
    ulocdata_getCLDRVersion(cldr, &st); if (U_FAILURE(st)) fail("cldr version", st);
    u_versionToString(cldr, cv);
    std::printf("V\t%s\t%s\n", iv, cv);

    for (const char* const* p = uloc_getISOCountries(); *p; ++p) {
        std::string loc = std::string("und_") + *p;
        UChar en[256], ar[256]; UErrorCode e1 = U_ZERO_ERROR, e2 = U_ZERO_ERROR;
        int32_t n1 = uloc_getDisplayCountry(loc.c_str(), "en", en, 256, &e1);
        int32_t n2 = uloc_getDisplayCountry(loc.c_str(), "ar", ar, 256, &e2);
        if (U_FAILURE(e1)) fail("en country", e1);
        if (U_FAILURE(e2)) fail("ar country", e2);
        std::printf("C\t%s\t%s\t%s\n", *p, utf8(UnicodeString(en, n1)).c_str(), utf8(UnicodeString(ar, n2)).c_str());
    }

    std::string region = std::string(U_ICUDATA_NAME) + "-region";
    const char* locales[] = {"en", "ar"};
    const char* tables[] = {"Countries%short", "Countries%variant"};
    for (const char* loc : locales) {
        UErrorCode e = U_ZERO_ERROR;
        UResourceBundle* rb = ures_open(region.c_str(), loc, &e);
        if (U_FAILURE(e)) fail("region bundle", e);
        for (const char* table : tables) {
            UErrorCode e2 = U_ZERO_ERROR;
            UResourceBundle* tb = ures_getByKey(rb, table, nullptr, &e2);
            if (U_FAILURE(e2)) continue;  // a locale need not have the table
            while (ures_hasNext(tb)) {
                UErrorCode e3 = U_ZERO_ERROR; const char* key = nullptr; int32_t len = 0;
                const UChar* v = ures_getNextString(tb, &len, &key, &e3);
                if (U_FAILURE(e3)) fail("alternate", e3);
                std::printf("A\t%s\t%s\t%s\t%s\n", loc, table, key, utf8(UnicodeString(v, len)).c_str());
            }
            ures_close(tb);
        }
        ures_close(rb);
    }

    std::unique_ptr<TimeZoneNames> en(TimeZoneNames::createInstance(Locale("en"), st));
    std::unique_ptr<TimeZoneNames> ar(TimeZoneNames::createInstance(Locale("ar"), st));
    std::unique_ptr<StringEnumeration> ids(TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, st));
    if (U_FAILURE(st)) fail("time zones", st);
    const UnicodeString* id;
    while ((id = ids->snext(st)) != nullptr && U_SUCCESS(st)) {
        UnicodeString a, b;
        en->getExemplarLocationName(*id, b);
        ar->getExemplarLocationName(*id, a);
        char reg[8] = {0}; UErrorCode e = U_ZERO_ERROR;
        TimeZone::getRegion(*id, reg, sizeof reg, e);
        std::printf("Z\t%s\t%s\t%s\t%s\n", utf8(*id).c_str(), reg, utf8(b).c_str(), utf8(a).c_str());
    }
    if (U_FAILURE(st)) fail("zone enumeration", st);
    return 0;
}
'''

# ---------------------------------------------------------------------------
# Hand additions to CLDR's territory names: the short and variant forms that
# news use and CLDR does not list. Kept small. Each value: (English forms,
# Arabic forms), appended after CLDR's own (the CLDR name stays preferred).
# ---------------------------------------------------------------------------
COUNTRY_EXTRA = {
    'US': (['U.S.', 'USA', 'United States of America', 'America'],
           ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا']),
    'GB': (['U.K.', 'Britain', 'Great Britain'], ['بريطانيا']),
    'SY': ([], ['سورية']),                       # both spellings in wide use
    'AE': (['UAE', 'Emirates'], ['الإمارات']),
    'SA': ([], ['السعودية']),
    'DK': ([], ['الدنمارك']),                    # more common than CLDR's الدانمرك
    'HU': ([], ['المجر']),
    'BY': ([], ['بيلاروسيا']),
    'NL': (['Holland'], []),
    'KP': (['DPRK'], []),
    'RU': (['Russian Federation'], ['روسيا الاتحادية']),
    'MK': (['Macedonia'], ['مقدونيا']),
    'VA': (['Vatican', 'Holy See'], ['الكرسي الرسولي']),
    'MM': (['Burma'], ['ميانمار', 'بورما']),     # CLDR: Myanmar (Burma), ميانمار (بورما)
    'CD': (['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
           ['الكونغو الديمقراطية']),             # CLDR: Congo - Kinshasa, الكونغو - كينشاسا
    'CG': (['Republic of the Congo', 'Congo-Brazzaville'], ['الكونغو برازافيل']),
    'VC': (['Saint Vincent and the Grenadines'], []),
    'CC': (['Cocos Islands', 'Keeling Islands'], ['جزر كوكوس']),  # CLDR: Cocos (Keeling) Islands
    'TL': ([], ['تيمور ليشتي']),                 # CLDR: تيمور - ليشتي
}

# Territory codes left out: EA is the pair "Ceuta & Melilla", not one place.
COUNTRY_SKIP = {'EA'}

# CLDR names unusable as text keys: the parenthesized and dashed forms above
# are dropped by rule; these are dropped by name.
DROP_FORMS = {'Hong Kong SAR China', 'Macao SAR China'}

# ---------------------------------------------------------------------------
# Exemplar cities. Left out: Antarctic stations (AQ, mostly people's names),
# zones whose English names a US county seat with its state ("Knox, Indiana"),
# and these:
# ---------------------------------------------------------------------------
CITY_SKIP = {
    'America/Coral_Harbour',    # English Atikokan, Arabic "Coral Harbour": two places
    'America/Scoresbysund',     # English Ittoqqortoormiit, Arabic Scoresbysund
    'Pacific/Ponape',           # English Pohnpei, Arabic the old name
    'Pacific/Truk',             # English Chuuk, Arabic ترك (= Turks)
    'America/Moncton',          # CLDR Arabic وينكتون is not Moncton
    'Indian/Comoro',            # Arabic = the country's جزر القمر
    'Atlantic/Faeroe', 'Indian/Cocos', 'America/Cayman', 'Atlantic/Canary',
                                # name the territory, which the country row has
    'Pacific/Easter', 'Indian/Christmas', 'Pacific/Wake', 'Asia/Oral',
    'America/Resolute', 'Pacific/Johnston',
                                # common English words or surnames
}

# CLDR Arabic exemplar names that are wrong, or that collide with a country
# name: replaced.
CITY_AR_REPLACE = {
    'Asia/Hebron': ['الخليل'],               # CLDR: هيبرون (مدينة الخليل)
    'Africa/Algiers': ['الجزائر العاصمة'],   # CLDR: الجزائر, the country's name
    'Africa/Tunis': ['تونس العاصمة'],        # CLDR: تونس, the country's name
    'America/Montreal': ['مونتريال'],        # CLDR has no Arabic name (Latin "Montreal")
    'Europe/Samara': ['سامارا'],             # CLDR: سمراء, a common word
    'Australia/Perth': ['بيرث'],             # CLDR: برثا
    'Australia/Brisbane': ['بريسبان'],       # CLDR: برسيبان
    'Australia/Darwin': ['داروين'],          # CLDR: دارون
    'Australia/Adelaide': ['أديلايد'],       # CLDR: أديليد
    'America/Godthab': ['نوك'],              # English Nuuk; CLDR: the old name غودثاب
    'Asia/Ulaanbaatar': ['أولان باتور'],     # CLDR: آلانباتار
    'Africa/Lubumbashi': ['لوبومباشي'],      # CLDR: لومبباشا
    'America/Juneau': ['جونو'],              # CLDR: جوني
    'Asia/Saigon': ['مدينة هو تشي منه'],     # CLDR: ... منة
}

# Forms added to a CLDR city, (English, Arabic); Arabic forms listed here go
# before CLDR's when they are the usual news spelling.
CITY_EXTRA = {
    'Europe/Kiev': (['Kiev'], []),
    'Europe/Zaporozhye': (['Zaporizhzhia'], ['زابوروجيا']),
    'Asia/Calcutta': (['Calcutta'], ['كلكتا']),
    'Asia/Rangoon': (['Rangoon'], ['يانغون']),
    'Africa/El_Aaiun': (['Laayoune'], []),
    'Asia/Seoul': ([], ['سيول']),
    'Africa/Mogadishu': ([], ['مقديشو']),
    'Asia/Urumqi': ([], ['أورومتشي']),
    'Europe/Volgograd': ([], ['فولغوغراد']),
    'Europe/Kaliningrad': ([], ['كالينينغراد']),
    'Asia/Irkutsk': ([], ['إيركوتسك']),
    'Asia/Yakutsk': ([], ['ياكوتسك']),
    'Asia/Sakhalin': ([], ['سخالين']),
    'Asia/Vladivostok': ([], ['فلاديفوستوك']),
    'Asia/Novosibirsk': ([], ['نوفوسيبيرسك']),
    'Asia/Yekaterinburg': ([], ['يكاترينبورغ']),
    'Asia/Magadan': ([], ['ماغادان']),
}
CITY_AR_FIRST = {'Europe/Zaporozhye', 'Asia/Rangoon', 'Asia/Seoul', 'Africa/Mogadishu',
                 'Asia/Urumqi', 'Europe/Volgograd', 'Europe/Kaliningrad', 'Asia/Irkutsk',
                 'Asia/Yakutsk', 'Asia/Sakhalin', 'Asia/Vladivostok', 'Asia/Novosibirsk',
                 'Asia/Yekaterinburg', 'Asia/Magadan'}

# ---------------------------------------------------------------------------
# Hand-curated entries: "English|variants = Arabic|variants", preferred form
# first. Only spellings in real use in Arabic media; pure hamza or teh marbuta
# variants are not listed (the consumer folds them), except where both are
# usual. Place names that are also common Arabic words (صور Tyre, الباب al-Bab,
# الطبقة Tabqa, حديثة Haditha, القائم al-Qaim, الميادين Mayadin, العقبة Aqaba,
# الزرقاء Zarqa) are left out on purpose.
# ---------------------------------------------------------------------------
HAND_LOC = '''
# Syria
Aleppo = حلب
Homs = حمص
Hama = حماة
Idlib|Idleb = إدلب
Latakia|Lattakia = اللاذقية
Tartus|Tartous = طرطوس
Daraa|Deraa|Dara'a = درعا
Quneitra = القنيطرة
Suwayda|Sweida|Suwaida|As-Suwayda = السويداء
Raqqa|Raqqah|al-Raqqa = الرقة
Deir ez-Zor|Deir al-Zor|Deir ez-Zour|Deir al-Zour|Deir Ezzor|Deir el-Zour = دير الزور
Hasakah|Hasaka|Hasakeh|al-Hasakah = الحسكة
Qamishli|Qamishlo|Qamishly|Kamishli = القامشلي|قامشلو
Kobani|Kobane|Ain al-Arab|Ayn al-Arab = كوباني|عين العرب
Afrin|Efrin = عفرين
Manbij = منبج
Jarabulus = جرابلس
Azaz|A'zaz = أعزاز
Tal Rifaat|Tel Rifaat = تل رفعت
Sheikh Maqsoud|Sheikh Maqsud = الشيخ مقصود
Tal Abyad|Tell Abyad|Gire Spi = تل أبيض|كري سبي
Ras al-Ain|Ras al-Ayn|Serekaniye|Sere Kaniye = رأس العين|سري كانيه
Ain Issa|Ayn Issa = عين عيسى
Tal Tamr = تل تمر
Amuda = عامودا
Derik|al-Malikiyah = ديريك|المالكية
Shaddadi|al-Shaddadi = الشدادي
Baghouz|al-Baghouz = الباغوز
al-Hol|al-Hol camp|Hol camp|al-Hawl = الهول|مخيم الهول
Abu Kamal|Albu Kamal|al-Bukamal|Boukamal = البوكمال|أبو كمال
al-Tanf|Tanf = التنف
Palmyra|Tadmur = تدمر
Douma = دوما
Eastern Ghouta|East Ghouta = الغوطة الشرقية
Rif Dimashq|Damascus countryside|Rural Damascus = ريف دمشق
Sayyida Zeinab|Sayyida Zaynab = السيدة زينب
Qusayr|al-Qusayr = القصير
Maarat al-Numan|Maarat al-Nouman = معرة النعمان
Saraqib = سراقب
Jisr al-Shughur = جسر الشغور
Bab al-Hawa = باب الهوى
Hmeimim|Khmeimim = حميميم|قاعدة حميميم
Golan Heights|Golan = الجولان|هضبة الجولان|مرتفعات الجولان
Tishrin Dam = سد تشرين
Tabqa Dam|Euphrates Dam = سد الفرات|سد الطبقة
Rojava = روج آفا
North and East Syria|Northeast Syria = شمال وشرق سوريا|شمال شرق سوريا|شمال شرقي سوريا
# Iraq
Mosul = الموصل
Erbil|Arbil|Hawler|Hewler = أربيل|اربيل|هولير
Kirkuk = كركوك
Sulaimani|Sulaymaniyah|Sulaimaniyah|Slemani = السليمانية
Duhok|Dohuk|Dahuk = دهوك
Halabja = حلبجة
Zakho = زاخو
Soran = سوران
Koya|Koysinjaq = كويسنجق|كويه
Khanaqin = خانقين
Tuz Khurmatu|Tuz Khurmato = طوزخورماتو|طوز خورماتو
Sinjar|Shingal = سنجار|شنكال
Mount Sinjar = جبل سنجار
Tal Afar|Tel Afar = تلعفر|تل عفر
Makhmour|Makhmur = مخمور
Nineveh|Ninewa = نينوى
Nineveh Plains|Nineveh Plain = سهل نينوى
Anbar|al-Anbar = الأنبار
Fallujah|Falluja = الفلوجة
Ramadi = الرمادي
Tikrit = تكريت
Samarra = سامراء
Baiji|Beiji = بيجي
Salahuddin|Salah al-Din = صلاح الدين
Diyala = ديالى
Baqubah|Baquba = بعقوبة
Kut = الكوت
Hillah|Hilla = الحلة
Diwaniyah|Diwaniya = الديوانية
Basra|Basrah = البصرة
Umm Qasr = أم قصر
Najaf = النجف
Karbala|Kerbala = كربلاء
Nasiriyah|Nasiriya = الناصرية
Sadr City = مدينة الصدر
Abu Ghraib = أبو غريب
Jurf al-Sakhar|Jurf al-Nasr = جرف الصخر|جرف النصر
Green Zone = المنطقة الخضراء
Ain al-Asad|Ain al-Asad air base = عين الأسد|قاعدة عين الأسد
Harir air base = قاعدة حرير
Qandil|Qandil Mountains = قنديل|جبال قنديل
Kurdistan Region|Kurdistan Region of Iraq|KRI|Iraqi Kurdistan = إقليم كردستان|إقليم كوردستان|كردستان العراق|إقليم كردستان العراق
Kurdistan = كردستان|كوردستان
# Turkey
Ankara = أنقرة
Gaziantep|Antep = غازي عنتاب|عنتاب
Sanliurfa|Urfa = شانلي أورفا|أورفا|أورفة
Diyarbakir|Amed = ديار بكر|آمد
Hatay = هاتاي
Antakya|Antioch = أنطاكيا
Kilis = كلس
Mardin = ماردين
Nusaybin = نصيبين
Adana = أضنة
Incirlik|Incirlik air base = إنجرليك|قاعدة إنجرليك
Izmir = إزمير
Sirnak = شرناق
Hakkari = هكاري
Kahramanmaras = كهرمان مرعش|قهرمان مرعش
# Lebanon
Sidon|Saida = صيدا
Baalbek = بعلبك
Bekaa|Beqaa|Bekaa Valley = البقاع
Dahiyeh|Dahieh = الضاحية الجنوبية
Nabatieh|Nabatiyeh = النبطية
South Lebanon|southern Lebanon = جنوب لبنان
Litani|Litani River = الليطاني|نهر الليطاني
# Palestine and Israel
Gaza Strip = قطاع غزة
West Bank = الضفة الغربية
East Jerusalem = القدس الشرقية
Ramallah = رام الله
Nablus = نابلس
Jenin = جنين
Tulkarm = طولكرم
Bethlehem = بيت لحم
Jericho = أريحا
Rafah = رفح
Khan Younis|Khan Yunis = خان يونس
Deir al-Balah = دير البلح
Jabalia|Jabaliya = جباليا
Tel Aviv = تل أبيب
Haifa = حيفا
Jaffa = يافا
Beersheba|Beer Sheva = بئر السبع
Eilat = إيلات
Ashkelon = عسقلان
Ashdod = أسدود
Sderot = سديروت
Nazareth = الناصرة
Acre|Akko = عكا
Negev = النقب
Galilee = الجليل
Al-Aqsa Mosque|al-Aqsa = المسجد الأقصى|الأقصى
# Jordan, Egypt
Irbid = إربد
Zaatari|Zaatari camp = الزعتري|مخيم الزعتري
Alexandria = الإسكندرية
Giza = الجيزة
Sinai = سيناء
Suez = السويس
Suez Canal = قناة السويس
Port Said = بورسعيد|بور سعيد
Sharm el-Sheikh = شرم الشيخ
Luxor = الأقصر
Aswan = أسوان
# Gulf and Yemen
Abu Dhabi = أبوظبي|أبو ظبي
Doha = الدوحة
Manama = المنامة
Kuwait City = مدينة الكويت
Jeddah|Jidda = جدة
Mecca|Makkah = مكة|مكة المكرمة
Medina|Madinah = المدينة المنورة
Dammam = الدمام
Sharjah = الشارقة
Strait of Hormuz|Hormuz = مضيق هرمز|هرمز
Sanaa|Sana'a = صنعاء
Hodeidah|Hudaydah = الحديدة
Marib = مأرب
Taiz = تعز
Saada = صعدة
Mukalla = المكلا
Hadramout|Hadramawt|Hadhramaut = حضرموت
Bab al-Mandab|Bab el-Mandeb = باب المندب
# Iran
Isfahan|Esfahan = أصفهان
Tabriz = تبريز
Qom = قم
Shiraz = شيراز
Ahvaz|Ahwaz = الأهواز
Kermanshah = كرمانشاه
Natanz = نطنز
Fordow = فوردو
Bushehr = بوشهر
Mahabad = مهاباد
Sanandaj = سنندج
Urmia = أرومية
# Libya, Sudan, Afghanistan
Benghazi = بنغازي
Misrata|Misurata = مصراتة
Sirte = سرت
Derna = درنة
Darfur = دارفور
Omdurman = أم درمان
El Fasher|al-Fashir = الفاشر
Kandahar = قندهار
Herat = هرات
# Ukraine and Russia
Crimea = القرم|شبه جزيرة القرم
Donbas|Donbass = دونباس
Donetsk = دونيتسك
Luhansk|Lugansk = لوغانسك
Kharkiv|Kharkov = خاركيف
Odesa|Odessa = أوديسا
Mariupol = ماريوبول
Kherson = خيرسون
Bakhmut = باخموت
St. Petersburg|Saint Petersburg = سانت بطرسبرغ
Sochi = سوتشي
# Capitals and meeting places CLDR has no zone for
Washington = واشنطن
Beijing = بكين
New Delhi = نيودلهي
Islamabad = إسلام آباد
Ottawa = أوتاوا
Astana = أستانا
Geneva = جنيف
The Hague = لاهاي
Munich = ميونخ
Davos = دافوس
# Regions, seas and rivers
Middle East = الشرق الأوسط
Levant = بلاد الشام
Europe = أوروبا
Africa = أفريقيا
Asia = آسيا
Mediterranean|Mediterranean Sea = البحر المتوسط|البحر الأبيض المتوسط
Red Sea = البحر الأحمر
Black Sea = البحر الأسود
Persian Gulf|Arabian Gulf = الخليج العربي|الخليج الفارسي
Euphrates|Euphrates River = الفرات|نهر الفرات
Tigris|Tigris River = دجلة|نهر دجلة
Khabur|Khabur River = الخابور|نهر الخابور
Nile = النيل
'''

HAND_ORG = '''
# International
United Nations|UN|U.N. = الأمم المتحدة|منظمة الأمم المتحدة
UN Security Council|Security Council|UNSC = مجلس الأمن|مجلس الأمن الدولي
UN General Assembly|General Assembly = الجمعية العامة للأمم المتحدة|الجمعية العامة
UN Human Rights Council|Human Rights Council = مجلس حقوق الإنسان
NATO|North Atlantic Treaty Organization = الناتو|حلف شمال الأطلسي|حلف الناتو
European Union|EU = الاتحاد الأوروبي
European Commission = المفوضية الأوروبية
European Parliament = البرلمان الأوروبي
Arab League|League of Arab States = الجامعة العربية|جامعة الدول العربية
Gulf Cooperation Council|GCC = مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربية
African Union = الاتحاد الأفريقي
Organisation of Islamic Cooperation|Organization of Islamic Cooperation|OIC = منظمة التعاون الإسلامي
G20|Group of Twenty = مجموعة العشرين
G7|Group of Seven = مجموعة السبع
World Health Organization|WHO = منظمة الصحة العالمية
UNHCR|UN refugee agency = المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية الأمم المتحدة لشؤون اللاجئين|مفوضية اللاجئين
UNICEF = اليونيسف|منظمة الأمم المتحدة للطفولة
World Food Programme|World Food Program|WFP = برنامج الأغذية العالمي
OCHA = مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|أوتشا
UNRWA = الأونروا|وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين
International Organization for Migration|IOM = المنظمة الدولية للهجرة
International Committee of the Red Cross|ICRC|Red Cross = اللجنة الدولية للصليب الأحمر|الصليب الأحمر
Syrian Arab Red Crescent|SARC = الهلال الأحمر العربي السوري
Kurdish Red Crescent|Heyva Sor = الهلال الأحمر الكردي
International Criminal Court|ICC = المحكمة الجنائية الدولية
International Court of Justice|ICJ = محكمة العدل الدولية
International Atomic Energy Agency|IAEA = الوكالة الدولية للطاقة الذرية
Organisation for the Prohibition of Chemical Weapons|OPCW = منظمة حظر الأسلحة الكيميائية
OPEC = أوبك|منظمة الدول المصدرة للنفط
International Monetary Fund|IMF = صندوق النقد الدولي
World Bank = البنك الدولي
Human Rights Watch|HRW = هيومن رايتس ووتش
Amnesty International|Amnesty = منظمة العفو الدولية|العفو الدولية
Doctors Without Borders|Médecins Sans Frontières|MSF = أطباء بلا حدود
Syrian Observatory for Human Rights|SOHR = المرصد السوري لحقوق الإنسان
White Helmets|Syria Civil Defence = الخوذ البيضاء|الدفاع المدني السوري
Global Coalition|US-led coalition|international coalition|anti-ISIS coalition|Global Coalition to Defeat ISIS = التحالف الدولي|التحالف الدولي بقيادة الولايات المتحدة|التحالف الدولي ضد داعش
Operation Inherent Resolve|CJTF-OIR = عملية العزم الصلب
# United States
White House = البيت الأبيض
Pentagon = البنتاغون
State Department|US State Department|Department of State = وزارة الخارجية الأمريكية|وزارة الخارجية الأميركية|الخارجية الأمريكية|الخارجية الأميركية
Department of Defense|Defense Department|US Department of Defense = وزارة الدفاع الأمريكية|وزارة الدفاع الأميركية
Treasury Department|US Treasury = وزارة الخزانة الأمريكية|وزارة الخزانة الأميركية
US Central Command|CENTCOM = القيادة المركزية الأمريكية|القيادة المركزية الأميركية|سنتكوم
CIA|Central Intelligence Agency = وكالة المخابرات المركزية الأمريكية|وكالة الاستخبارات المركزية الأمريكية|سي آي إيه
FBI = مكتب التحقيقات الفيدرالي|إف بي آي
Congress|US Congress = الكونغرس|الكونغرس الأمريكي|الكونغرس الأميركي
US Senate|Senate = مجلس الشيوخ|مجلس الشيوخ الأمريكي|مجلس الشيوخ الأميركي
Republican Party = الحزب الجمهوري
Democratic Party = الحزب الديمقراطي
# Russia, Iran, Israel, Turkey
Kremlin = الكرملين
Wagner Group|Wagner = فاغنر|مجموعة فاغنر
Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards = الحرس الثوري|الحرس الثوري الإيراني
Quds Force = فيلق القدس
Basij = الباسيج|البسيج
Fatemiyoun|Fatemiyoun Brigade = لواء فاطميون
Zainabiyoun|Zainabiyoun Brigade = لواء زينبيون
Israel Defense Forces|IDF|Israeli army = الجيش الإسرائيلي|جيش الدفاع الإسرائيلي
Mossad = الموساد
Shin Bet = الشاباك
Knesset = الكنيست
Likud = الليكود|حزب الليكود
Turkish army|Turkish Armed Forces = الجيش التركي|القوات المسلحة التركية
Justice and Development Party|AKP|AK Party = حزب العدالة والتنمية
Nationalist Movement Party|MHP = حزب الحركة القومية
Republican People's Party|CHP = حزب الشعب الجمهوري
Peoples' Democratic Party|HDP = حزب الشعوب الديمقراطي
DEM Party|Peoples' Equality and Democracy Party = حزب المساواة وديمقراطية الشعوب
# Kurdish
Syrian Democratic Forces|SDF = قوات سوريا الديمقراطية|قسد
People's Protection Units|YPG = وحدات حماية الشعب
Women's Protection Units|YPJ = وحدات حماية المرأة
Kurdistan Workers' Party|PKK = حزب العمال الكردستاني|العمال الكردستاني
Democratic Union Party|PYD = حزب الاتحاد الديمقراطي
Kurdistan Communities Union|KCK = منظومة المجتمع الكردستاني
Syrian Democratic Council|SDC = مجلس سوريا الديمقراطية|مسد
Autonomous Administration of North and East Syria|AANES|DAANES|Autonomous Administration|Self-Administration = الإدارة الذاتية لشمال وشرق سوريا|الإدارة الذاتية الديمقراطية لشمال وشرق سوريا|الإدارة الذاتية
Asayish = الأسايش|الآساييش
Kurdish National Council|ENKS|KNC = المجلس الوطني الكردي
Syriac Military Council = المجلس العسكري السرياني
Manbij Military Council = مجلس منبج العسكري
Deir ez-Zor Military Council|Deir al-Zor Military Council = مجلس دير الزور العسكري
Sinjar Resistance Units|YBS = وحدات مقاومة سنجار|وحدات مقاومة شنكال|وحدات حماية سنجار
Kurdistan Democratic Party|KDP = الحزب الديمقراطي الكردستاني|الديمقراطي الكردستاني
Patriotic Union of Kurdistan|PUK = الاتحاد الوطني الكردستاني
Gorran|Change Movement = حركة التغيير|كوران
New Generation|New Generation Movement = حراك الجيل الجديد
Kurdistan Regional Government|KRG = حكومة إقليم كردستان|حكومة إقليم كوردستان
Kurdistan Parliament|Kurdistan Region Parliament = برلمان إقليم كردستان|برلمان كردستان|برلمان كوردستان
Peshmerga = البيشمركة|قوات البيشمركة
Democratic Party of Iranian Kurdistan|KDPI = الحزب الديمقراطي الكردستاني الإيراني
PJAK|Kurdistan Free Life Party = حزب الحياة الحرة الكردستاني|حزب الحياة الحرة الكردي|بيجاك
# Syria
Syrian army|Syrian Arab Army|SAA = الجيش السوري|الجيش العربي السوري
National Defence Forces|National Defense Forces|NDF = قوات الدفاع الوطني
Fourth Division|4th Division = الفرقة الرابعة
Tiger Forces = قوات النمر
Baath Party|Ba'ath Party = حزب البعث|حزب البعث العربي الاشتراكي
Free Syrian Army|FSA = الجيش السوري الحر|الجيش الحر
Syrian National Army|SNA = الجيش الوطني السوري
Syrian National Coalition|Syrian Opposition Coalition = الائتلاف الوطني السوري|الائتلاف الوطني لقوى الثورة والمعارضة السورية
Syrian Interim Government = الحكومة السورية المؤقتة
Syrian Salvation Government|Salvation Government = حكومة الإنقاذ|حكومة الإنقاذ السورية
Military Operations Command|Military Operations Department = إدارة العمليات العسكرية
Hayat Tahrir al-Sham|HTS = هيئة تحرير الشام
Jabhat al-Nusra|Nusra Front|al-Nusra Front = جبهة النصرة
Hurras al-Din = حراس الدين|تنظيم حراس الدين
Ahrar al-Sham = أحرار الشام|حركة أحرار الشام
Jaish al-Islam = جيش الإسلام
Sultan Murad Division = فرقة السلطان مراد
Hamza Division|al-Hamza Division = فرقة الحمزة|الحمزات
Sultan Suleiman Shah Division|Suleiman Shah Brigade|Amshat = فرقة السلطان سليمان شاه|العمشات
Ahrar al-Sharqiya = أحرار الشرقية
# Jihadist
Islamic State|IS|ISIS|ISIL|Daesh|Islamic State group = داعش|تنظيم الدولة|تنظيم الدولة الإسلامية|الدولة الإسلامية|تنظيم داعش
al-Qaeda|al-Qaida = القاعدة|تنظيم القاعدة
Taliban = طالبان|حركة طالبان
al-Shabaab = حركة الشباب|حركة الشباب المجاهدين
Boko Haram = بوكو حرام
Muslim Brotherhood = جماعة الإخوان المسلمين|الإخوان المسلمون|الإخوان المسلمين
# Iraq
Iraqi army = الجيش العراقي
Counter-Terrorism Service|CTS = جهاز مكافحة الإرهاب
Popular Mobilization Forces|Popular Mobilisation Forces|PMF|Popular Mobilization Units|PMU|Hashd al-Shaabi|Hashd = الحشد الشعبي|هيئة الحشد الشعبي|قوات الحشد الشعبي
Kataib Hezbollah|Kata'ib Hezbollah = كتائب حزب الله
Asaib Ahl al-Haq = عصائب أهل الحق
Harakat al-Nujaba|Nujaba = حركة النجباء|النجباء
Badr Organization = منظمة بدر
Islamic Resistance in Iraq = المقاومة الإسلامية في العراق
Sadrist movement = التيار الصدري
Saraya al-Salam = سرايا السلام
Coordination Framework = الإطار التنسيقي
Iraqi parliament|Council of Representatives = مجلس النواب العراقي|البرلمان العراقي
# Lebanon and Palestine
Hezbollah|Hizbollah|Hizballah = حزب الله
Amal Movement = حركة أمل
Lebanese Forces = القوات اللبنانية|حزب القوات اللبنانية
Free Patriotic Movement = التيار الوطني الحر
Lebanese army|Lebanese Armed Forces = الجيش اللبناني
Hamas = حماس|حركة حماس
Palestinian Islamic Jihad|Islamic Jihad = حركة الجهاد الإسلامي|الجهاد الإسلامي
Fatah = حركة فتح|فتح
Palestinian Authority = السلطة الفلسطينية
Palestine Liberation Organization|PLO = منظمة التحرير الفلسطينية
# Yemen, Libya, Sudan
Houthis|Houthi|Ansar Allah|Ansarallah = الحوثيون|الحوثيين|جماعة الحوثي|أنصار الله
Presidential Leadership Council = مجلس القيادة الرئاسي
Southern Transitional Council|STC = المجلس الانتقالي الجنوبي
Libyan National Army|LNA = الجيش الوطني الليبي
Rapid Support Forces|RSF = قوات الدعم السريع
Sudanese Armed Forces|Sudanese army = القوات المسلحة السودانية|الجيش السوداني
# Media
Kurdistan 24|K24 = كوردستان 24|كردستان 24
Rudaw = روداو
Reuters = رويترز
Agence France-Presse|AFP = وكالة فرانس برس|فرانس برس|وكالة الصحافة الفرنسية|أ ف ب
Associated Press|AP = أسوشيتد برس|وكالة أسوشيتد برس|أسوشيتيد برس
Al Jazeera|Aljazeera = الجزيرة|قناة الجزيرة
Al Arabiya = قناة العربية
Sky News Arabia = سكاي نيوز عربية
BBC = بي بي سي|هيئة الإذاعة البريطانية
CNN = سي إن إن
France 24 = فرانس 24
Deutsche Welle|DW = دويتشه فيله
Euronews = يورونيوز
Alhurra|Al Hurra = قناة الحرة
SANA|Syrian Arab News Agency = سانا|الوكالة العربية السورية للأنباء
Sputnik = سبوتنيك
TASS = تاس|وكالة تاس
RIA Novosti = ريا نوفوستي
Xinhua = شينخوا|وكالة شينخوا
Anadolu Agency|Anadolu = وكالة الأناضول|الأناضول
IRNA = وكالة الجمهورية الإسلامية للأنباء|إرنا
Iraqi News Agency|INA = وكالة الأنباء العراقية|واع
Hawar News Agency|ANHA|Hawar = وكالة أنباء هاوار|وكالة هاوار|هاوار
North Press Agency|North Press = نورث برس|وكالة نورث برس
Enab Baladi = عنب بلدي
Shafaq News = شفق نيوز
Al-Monitor = المونيتور
Al-Manar = قناة المنار
New York Times|The New York Times = نيويورك تايمز
Washington Post|The Washington Post = واشنطن بوست
'''

# Arabic keys that name two different entities in the file on purpose
# (same letters once tashkeel is removed): عُمان Oman, عمّان Amman.
HOMOGRAPHS = {'عمان'}


# ---------------------------------------------------------------------------
# Keys: close to Tarjuman's search normalization, so that the check finds the
# collisions the consumer would see.
# ---------------------------------------------------------------------------
AR_MARKS = re.compile('[\u064B-\u065F\u0670\u06D6-\u06ED\u08D3-\u08FF\u0640]')
AR_FOLD = str.maketrans({
    '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627',
    '\u0672': '\u0627', '\u0673': '\u0627', '\u0675': '\u0627',
    '\u0624': '\u0648', '\u0626': '\u064A', '\u0649': '\u064A', '\u0629': '\u0647',
    '\u06A9': '\u0643', '\u06CC': '\u064A', '\u06D5': '\u0647', '\u06C6': '\u0648',
    '\u06CE': '\u064A', '\u06A4': '\u0641', '\u06AF': '\u0643',
})
EN_FOLD = str.maketrans({
    '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u2010': '-', '\u2011': '-',
    '\u2013': '-', '\u2014': '-', '\u0131': 'i', '\u00F8': 'o', '\u0142': 'l',
    '\u00DF': 'ss', '\u00E6': 'ae', '\u0153': 'oe',
})
ARABIC_LETTER = re.compile('[\u0621-\u064A\u0671-\u06D3]')
LATIN_LETTER = re.compile('[A-Za-z\u00C0-\u024F]')
BAD_CHAR = re.compile('[\u0000-\u001F\u007F\u00A0\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]')


def key_ar(s):
    s = unicodedata.normalize('NFKC', s)
    s = AR_MARKS.sub('', s).translate(AR_FOLD)
    return ' '.join(s.split())


def key_en(s):
    s = unicodedata.normalize('NFKC', s).casefold().translate(EN_FOLD)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return ' '.join(s.split())


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------
def run_helper():
    os.makedirs(BUILD_DIR, exist_ok=True)
    src = os.path.join(BUILD_DIR, 'icu-names.cpp')
    exe = os.path.join(BUILD_DIR, 'icu-names')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(HELPER_SOURCE)
    flags = subprocess.run(['pkg-config', '--cflags', '--libs', 'icu-uc', 'icu-i18n'],
                           check=True, capture_output=True, text=True).stdout.split()
    subprocess.run(['g++', '-std=c++17', '-O1', '-o', exe, src] + flags, check=True)
    out = subprocess.run([exe], check=True, capture_output=True, text=True, encoding='utf-8').stdout
    return [line.split('\t') for line in out.splitlines() if line]


class Entry:
    def __init__(self, type_, english, arabic, source):
        self.type, self.source = type_, source
        self.english, self.arabic = [], []
        self.add(english, arabic)

    def add(self, english=(), arabic=(), first=False):
        for side, forms in ((self.english, english), (self.arabic, arabic)):
            new = [f for f in forms if f not in side]
            side[:] = (new + side) if first else (side + new)


def usable(form):
    """CLDR forms that read as text: no parentheses, no ' - ' pairs, not in DROP_FORMS."""
    return form and '(' not in form and ' - ' not in form and form not in DROP_FORMS


def english_forms(name):
    """A CLDR English name and its spelled-out forms: & → and, St. → Saint."""
    forms = []
    if '&' in name:
        forms.append(name.replace('&', 'and'))
    forms.append(name)
    if re.search(r'\bSt\. ', forms[0]):
        forms.append(re.sub(r'\bSt\. ', 'Saint ', forms[0]))
    return forms


def parse_hand(block, type_, source):
    entries = []
    for n, line in enumerate(block.strip('\n').split('\n'), 1):
        if not line.strip() or line.startswith('#'):
            continue
        english, sep, arabic = line.partition(' = ')
        if not sep:
            raise SystemExit('%s line %d: no " = ": %r' % (source, n, line))
        entries.append(Entry(type_, english.split('|'), arabic.split('|'), source))
    return entries


def build(out_path):
    records = run_helper()
    icu_version, cldr_version = next(r[1:3] for r in records if r[0] == 'V')

    # Countries.
    alternates = {}
    for r in records:
        if r[0] == 'A':
            _, loc, table, code, name = r
            alternates.setdefault((loc, code), []).append((table, name))
    countries = {}
    for r in records:
        if r[0] != 'C' or r[1] in COUNTRY_SKIP:
            continue
        code, en, ar = r[1:4]
        english = [f for f in english_forms(en) if usable(f)]
        arabic = [ar] if usable(ar) else []
        # short forms before variants, as CLDR orders its preference
        for table, name in sorted(alternates.get(('en', code), [])):
            english += [f for f in english_forms(name) if usable(f)]
        for table, name in sorted(alternates.get(('ar', code), [])):
            if usable(name):
                arabic.append(name)
        extra = COUNTRY_EXTRA.get(code, ([], []))
        e = Entry('LOC', english + extra[0], arabic + extra[1], 'CLDR countries')
        if not e.english or not e.arabic:
            raise SystemExit('country %s: no usable name (%r, %r): add it to COUNTRY_EXTRA' % (code, en, ar))
        countries[code] = e
    for code in COUNTRY_EXTRA:
        if code not in countries:
            raise SystemExit('COUNTRY_EXTRA: %s is not a territory code here' % code)

    # Cities.
    by_english = {}
    for e in countries.values():
        for f in e.english:
            by_english[key_en(f)] = e
    cities, merged, seen_zones = [], 0, set()
    for r in records:
        if r[0] != 'Z':
            continue
        zone, region, en, ar = r[1:5]
        seen_zones.add(zone)
        if region == 'AQ' or zone in CITY_SKIP or ', ' in en:
            continue
        arabic = CITY_AR_REPLACE.get(zone, [ar])
        if not ARABIC_LETTER.search(arabic[0]) or not usable(arabic[0]):
            raise SystemExit('zone %s: Arabic %r unusable: add it to CITY_AR_REPLACE or CITY_SKIP' % (zone, ar))
        country = by_english.get(key_en(en))
        if country is not None:
            # a zone named after its territory (Asia/Qatar, Europe/Malta)
            country.add(arabic=[a for a in arabic if key_ar(a) not in {key_ar(x) for x in country.arabic}])
            merged += 1
            continue
        e = Entry('LOC', english_forms(en), arabic, 'CLDR cities')
        extra_en, extra_ar = CITY_EXTRA.get(zone, ([], []))
        e.add(extra_en)
        e.add(arabic=extra_ar, first=zone in CITY_AR_FIRST)
        cities.append((zone, e))
    for name, table in (('CITY_SKIP', CITY_SKIP), ('CITY_AR_REPLACE', CITY_AR_REPLACE), ('CITY_EXTRA', CITY_EXTRA)):
        unknown = set(table) - seen_zones
        if unknown:
            raise SystemExit('%s: zones not in this ICU: %s' % (name, ', '.join(sorted(unknown))))

    hand_loc = parse_hand(HAND_LOC, 'LOC', 'hand LOC')
    hand_org = parse_hand(HAND_ORG, 'ORG', 'hand ORG')

    sections = [
        ('CLDR countries: uloc_getDisplayCountry en/ar over uloc_getISOCountries, with CLDR short/variant forms and COUNTRY_EXTRA',
         [countries[c] for c in sorted(countries)]),
        ('CLDR cities: exemplar city of each canonical time zone (TimeZoneNames::getExemplarLocationName en/ar), with CITY_* corrections',
         [e for _, e in sorted(cities, key=lambda z: z[0])]),
        ('hand-curated places (HAND_LOC)', hand_loc),
        ('hand-curated organizations (HAND_ORG)', hand_org),
    ]
    counts = [(title.split(':')[0].split(' (')[0], len(rows)) for title, rows in sections]
    total = sum(n for _, n in counts)
    with open(out_path, 'w', encoding='utf-8', newline='\n') as out:
        out.write('# format: %d\n' % FORMAT)
        out.write('# Tarjuman bilingual gazetteer: names translated rather than transliterated.\n')
        out.write('# Columns: type (PER, LOC, ORG), English forms, Arabic forms; forms are |-separated, preferred first.\n')
        out.write('# Provenance: CLDR %s via ICU %s (Unicode licence; see Data/README.md), plus hand-curated lists\n' % (cldr_version, icu_version))
        out.write('# in scripts/build-gazetteer.py. %d rows: %s.\n' % (total, ', '.join('%s %d' % c for c in counts)))
        out.write('# Generated: do not edit. Rebuild: python3 scripts/build-gazetteer.py (check only: --check)\n')
        out.write(HEADER + '\n')
        for title, rows in sections:
            out.write('# -- %s\n' % title)
            for e in rows:
                out.write('%s\t%s\t%s\n' % (e.type, '|'.join(e.english), '|'.join(e.arabic)))
    print('gazetteer: %s (ICU %s, CLDR %s; %d city zones merged into their country)'
          % (', '.join('%s %d' % c for c in counts), icu_version, cldr_version, merged), file=sys.stderr)


# ---------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------
def check(path):
    errors, notes = [], []
    owner_en, owner_ar = {}, {}
    rows = 0
    seen_header = False
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    else:
        errors.append('file does not end with a newline')
    if not lines or lines[0] != '# format: %d' % FORMAT:
        errors.append('line 1: expected "# format: %d"' % FORMAT)
    for n, line in enumerate(lines, 1):
        where = 'line %d' % n
        if '\r' in line:
            errors.append('%s: carriage return' % where)
            line = line.replace('\r', '')
        if line.startswith('#'):
            continue
        if not seen_header:
            if line != HEADER:
                errors.append('%s: expected the column header %r' % (where, HEADER))
            seen_header = True
            continue
        cols = line.split('\t')
        if len(cols) != 3:
            errors.append('%s: %d columns, expected 3' % (where, len(cols)))
            continue
        type_, english, arabic = cols
        rows += 1
        if type_ not in TYPES:
            errors.append('%s: type %r is not one of %s' % (where, type_, ', '.join(TYPES)))
        if not english and not arabic:
            errors.append('%s: both sides empty' % where)
        for side, text, key, owner in (('english', english, key_en, owner_en), ('arabic', arabic, key_ar, owner_ar)):
            if not text:
                continue
            forms = text.split('|')
            keys = {}
            for form in forms:
                if form == '':
                    errors.append('%s: empty %s form' % (where, side))
                    continue
                if form != form.strip() or '  ' in form:
                    errors.append('%s: stray spaces in %s form %r' % (where, side, form))
                if BAD_CHAR.search(form):
                    errors.append('%s: control or invisible character in %r' % (where, form))
                if side == 'english' and ARABIC_LETTER.search(form):
                    errors.append('%s: Arabic letters in English form %r' % (where, form))
                if side == 'arabic' and (LATIN_LETTER.search(form) or not ARABIC_LETTER.search(form)):
                    errors.append('%s: Arabic form %r is not Arabic' % (where, form))
                k = key(form)
                if k in keys:
                    if keys[k] == form:
                        errors.append('%s: %s form %r listed twice' % (where, side, form))
                    else:
                        notes.append('%s: %s forms %r and %r differ only by folded letters' % (where, side, keys[k], form))
                    continue
                keys[k] = form
                if k in owner and not (side == 'arabic' and k in HOMOGRAPHS):
                    errors.append('%s: %s %r already names another entity (line %d)' % (where, side, form, owner[k]))
                owner.setdefault(k, n)
    if not seen_header:
        errors.append('no column header line')
    for note in notes:
        print('note: ' + note, file=sys.stderr)
    for error in errors:
        print('error: ' + error, file=sys.stderr)
    print('check %s: %d rows, %d English and %d Arabic keys, %d errors'
          % (os.path.relpath(path), rows, len(owner_en), len(owner_ar), len(errors)), file=sys.stderr)
    return not errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--check', action='store_true', help='only validate the file')
    parser.add_argument('--out', default=DEFAULT_OUT, help='the gazetteer file (default Data/gazetteer.tsv)')
    args = parser.parse_args()
    if not args.check:
        build(args.out)
    sys.exit(0 if check(args.out) else 1)


if __name__ == '__main__':
    main()
