use super::*;

/// `from_code` as it was first written: a search of the table, ignoring ASCII case.
fn from_code_by_search(code: &str) -> Option<Currency> {
    CURRENCIES
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code))
        .map(Currency)
}

#[test]
fn a_code_is_found_as_a_search_of_the_table_would_find_it() {
    let mut codes: Vec<String> = Vec::new();
    for c in Currency::known_codes() {
        codes.extend([
            c.to_string(),
            c.to_lowercase(),
            c[..1].to_lowercase() + &c[1..],
        ]);
        codes.extend([
            c[..2].to_string(),
            format!("{c}X"),
            format!(" {c}"),
            format!("{c} "),
        ]);
    }
    codes.extend(
        [
            "",
            "G",
            "XXX",
            "GB\u{e9}",
            "\u{1F4B0}",
            "g\u{130}p",
            "GBP\0",
            "\0GBP",
        ]
        .map(String::from),
    );
    // Every three-byte code of letters, digits and a few others.
    let bytes: Vec<u8> = (b'A'..=b'Z').chain(b'a'..=b'z').chain(*b"0_ ").collect();
    for a in &bytes {
        for b in &bytes {
            for c in [b'P', b'D', b'R', b'p', b'Y', b'F', b'K', b'N', b'1'] {
                codes.push(String::from_utf8(vec![*a, *b, c]).unwrap());
            }
        }
    }
    let mut found = 0;
    for code in &codes {
        let want = from_code_by_search(code);
        assert_eq!(
            Currency::from_code(code).map(Currency::code),
            want.map(Currency::code),
            "{code:?}"
        );
        if let Some(c) = Currency::from_code(code) {
            assert_eq!(c.0, want.unwrap().0, "{code:?}");
            found += 1;
        }
    }
    assert!(found >= 3 * CURRENCIES.len());
}

/// `format_minor` as it was first written, plainly: the faster one must agree.
fn format_minor_plainly(minor: i128, currency: Currency, whole: bool) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let scale = 10u128.pow(currency.exponent());
    let (units, frac) = if whole {
        ((abs + scale / 2) / scale, 0)
    } else {
        (abs / scale, abs % scale)
    };
    let digits = units.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let mut s = format!("{sign}{}{grouped}", currency.symbol());
    if frac != 0 {
        s.push_str(&format!(
            ".{:0width$}",
            frac,
            width = currency.exponent() as usize
        ));
    }
    s
}

#[test]
fn amounts_are_formatted_as_plainly_worked_out() {
    let edges = [
        0i128,
        1,
        -1,
        5,
        49,
        50,
        -50,
        99,
        100,
        999,
        1_000,
        99_999,
        100_000,
        1_234_567_890,
        i64::MAX as i128,
        i64::MIN as i128,
        u64::MAX as i128,
        u64::MAX as i128 + 1,
        (u64::MAX / 2) as i128,
        (u64::MAX / 2) as i128 + 1,
        -((u64::MAX / 2) as i128) - 1,
        u64::MAX as i128 - 49,
        u64::MAX as i128 - 50,
        -(u64::MAX as i128) - 7,
        i128::MAX,
        i128::MIN + 1,
        i128::MIN,
    ];
    let mut rng = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut values: Vec<i128> = edges.to_vec();
    for _ in 0..20_000 {
        let v = next() as i64 as i128;
        values.push(v >> (next() % 64));
        values.push(((next() as i128) << 64 | next() as i128) >> (next() % 127));
    }
    for c in CURRENCIES.iter().map(Currency) {
        for &v in &values {
            for whole in [true, false] {
                assert_eq!(
                    format_minor(v, c, whole),
                    format_minor_plainly(v, c, whole),
                    "{v} {} whole={whole}",
                    c.code()
                );
            }
        }
    }
}

fn gbp(minor: i64) -> Money {
    Money::new(minor, Currency::GBP)
}

#[test]
fn accepted_forms() {
    let cases: &[(&str, Money)] = &[
        ("£250k", gbp(25_000_000)),
        ("£1.2m", gbp(120_000_000)),
        ("$900", Money::new(90_000, Currency::USD)),
        ("€1,250.50", Money::new(125_050, Currency::EUR)),
        ("250000 GBP", gbp(25_000_000)),
        ("1.5bn", gbp(150_000_000_000)),
        ("250K GBP", gbp(25_000_000)),
        ("GBP 12.5", gbp(1_250)),
        ("£ 40", gbp(4_000)),
        ("£1.2345m", gbp(123_450_000)),
        (
            "¥5000",
            Money::new(5_000, Currency::from_code("JPY").unwrap()),
        ),
        ("12usd", Money::new(1_200, Currency::USD)),
        (
            "₦45m",
            Money::new(4_500_000_000, Currency::from_code("NGN").unwrap()),
        ),
        (
            "AED 2.5m",
            Money::new(250_000_000, Currency::from_code("AED").unwrap()),
        ),
        (
            "₺850k",
            Money::new(85_000_000, Currency::from_code("TRY").unwrap()),
        ),
        (
            "UGX 86.5m",
            Money::new(86_500_000, Currency::from_code("UGX").unwrap()),
        ),
        (
            "TZS 38.5m",
            Money::new(3_850_000_000, Currency::from_code("TZS").unwrap()),
        ),
        (
            "ISK 12.4m",
            Money::new(12_400_000, Currency::from_code("ISK").unwrap()),
        ),
        (
            "FJD 185,000",
            Money::new(18_500_000, Currency::from_code("FJD").unwrap()),
        ),
        (
            "GYD 14.5m",
            Money::new(1_450_000_000, Currency::from_code("GYD").unwrap()),
        ),
        (
            "PGK 320k",
            Money::new(32_000_000, Currency::from_code("PGK").unwrap()),
        ),
        (
            "NAD 95,000",
            Money::new(9_500_000, Currency::from_code("NAD").unwrap()),
        ),
        (
            "BSD 340k",
            Money::new(34_000_000, Currency::from_code("BSD").unwrap()),
        ),
        (
            "MWK 186,000,000",
            Money::new(18_600_000_000, Currency::from_code("MWK").unwrap()),
        ),
        (
            "SCR 620k",
            Money::new(62_000_000, Currency::from_code("SCR").unwrap()),
        ),
        (
            "ZMW 450,000",
            Money::new(45_000_000, Currency::from_code("ZMW").unwrap()),
        ),
        (
            "LSL 1.2m",
            Money::new(120_000_000, Currency::from_code("LSL").unwrap()),
        ),
        (
            "LRD 850,000",
            Money::new(85_000_000, Currency::from_code("LRD").unwrap()),
        ),
        (
            "VUV 4.5m",
            Money::new(4_500_000, Currency::from_code("VUV").unwrap()),
        ),
        (
            "BBD 240k",
            Money::new(24_000_000, Currency::from_code("BBD").unwrap()),
        ),
        (
            "RWF 45,000,000",
            Money::new(45_000_000, Currency::from_code("RWF").unwrap()),
        ),
        (
            "BDT 12.5m",
            Money::new(1_250_000_000, Currency::from_code("BDT").unwrap()),
        ),
        (
            "৳4,500",
            Money::new(450_000, Currency::from_code("BDT").unwrap()),
        ),
        (
            "SLE 1,850,000",
            Money::new(185_000_000, Currency::from_code("SLE").unwrap()),
        ),
        (
            "XCD 72,400",
            Money::new(7_240_000, Currency::from_code("XCD").unwrap()),
        ),
        (
            "GMD 2,400,000",
            Money::new(240_000_000, Currency::from_code("GMD").unwrap()),
        ),
        (
            "XAF 45,000,000",
            Money::new(45_000_000, Currency::from_code("XAF").unwrap()),
        ),
        (
            "₱2.5m",
            Money::new(250_000_000, Currency::from_code("PHP").unwrap()),
        ),
        (
            "JMD 2.5m",
            Money::new(250_000_000, Currency::from_code("JMD").unwrap()),
        ),
        (
            "IDR 1.2bn",
            Money::new(120_000_000_000, Currency::from_code("IDR").unwrap()),
        ),
        ("£0.50", gbp(50)),
        ("£1.50", gbp(150)),
        ("£1.0", gbp(100)),
    ];
    for (input, expected) in cases {
        assert_eq!(
            Money::parse(input, Currency::GBP).as_ref(),
            Ok(expected),
            "{input}"
        );
    }
}

#[test]
fn rejected_forms() {
    let cases: &[(&str, &str)] = &[
        ("-£5", "negative"),
        ("£-5", "negative"),
        ("£1.234", "more decimal places"),
        ("¥1.5", "more decimal places"),
        ("12 XYZ", "not a currency"),
        ("abc", "not an amount"),
        ("£", "not an amount"),
        ("1,2345", "not an amount"),
        ("1.2.3", "not an amount"),
        ("£5 USD", "not an amount"),
        ("99999999999999999999bn", "too large"),
    ];
    for (input, fragment) in cases {
        let err = Money::parse(input, Currency::GBP).unwrap_err().to_string();
        assert!(err.contains(fragment), "{input}: {err}");
    }
    assert!(Money::parse_positive("£0", Currency::GBP)
        .unwrap_err()
        .to_string()
        .contains("zero"));
}

#[test]
fn annual_amounts() {
    assert_eq!(
        Money::parse_annual("£20k/yr", Currency::GBP),
        Ok(gbp(2_000_000))
    );
    assert_eq!(
        Money::parse_annual("£2k/month", Currency::GBP),
        Ok(gbp(2_400_000))
    );
    assert_eq!(
        Money::parse_annual("£5k pa", Currency::GBP),
        Ok(gbp(500_000))
    );
    assert_eq!(
        Money::parse_annual("£400k", Currency::GBP),
        Ok(gbp(40_000_000))
    );
}

#[test]
fn the_cap_holds_for_monthly_amounts_too() {
    assert_eq!(
        Money::parse("£10,000,000,000,000", Currency::GBP),
        Ok(gbp(MAX_MINOR))
    );
    let err = Money::parse("£10,000,000,000,000.01", Currency::GBP).unwrap_err();
    assert!(err.to_string().contains("too large"), "{err}");
    // £1bn a month is £12bn a year: fine. The cap a month would be twelve caps a year.
    assert_eq!(
        Money::parse_annual("£1bn/month", Currency::GBP),
        Ok(gbp(1_200_000_000_000))
    );
    let err = Money::parse_annual("£10,000,000,000,000/month", Currency::GBP).unwrap_err();
    assert!(err.to_string().contains("too large"), "{err}");
}

#[test]
fn display() {
    assert_eq!(gbp(125_050).exact(), "£1,250.50");
    assert_eq!(gbp(25_000_000).exact(), "£250,000");
    assert_eq!(gbp(25_000_050).whole(), "£250,001");
    assert_eq!(gbp(-5_00).exact(), "-£5");
    assert_eq!(gbp(5).exact(), "£0.05");
}
