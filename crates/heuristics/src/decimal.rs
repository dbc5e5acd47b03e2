//! Numbers shown to a fixed number of decimals in signal summaries, as `format!("{v:.2}")` shows
//! them, without the formatter's exact decimal expansion of the float (about a thousand
//! instructions a number; every document's summaries show a dozen).

use std::fmt;

/// Powers of ten for the decimals `Fixed` writes itself.
const POW10: [f64; 4] = [1.0, 10.0, 100.0, 1000.0];

/// `v` with `decimals` places, displayed exactly as `{v:.decimals$}` displays it.
///
/// Why the digits are the same: the formatter shows the float's exact value rounded to
/// `decimals` places. For a finite, non-negative `v` under a million and at most three places,
/// `w = v * 10^decimals` is under 10^9 and within 2^-23 (about 1.2e-7) of the exact product,
/// and the integer nearest `w` is the integer nearest the exact product whenever `w` lies
/// farther than 1e-6 from a half: no half lies between them. Otherwise (a tie or near one, a
/// negative or not finite value, a large one) the formatter writes the number.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fixed(pub f64, pub usize);

impl Fixed {
    /// The number of units of the last place shown, when `Fixed` may write it itself.
    fn units(self) -> Option<u64> {
        let Fixed(v, decimals) = self;
        let scale = *POW10.get(decimals)?;
        if !(v.is_finite() && v.is_sign_positive() && v < 1e6) {
            return None;
        }
        let w = v * scale;
        let n = w.round();
        // `n` is an integer under 10^9 + 1: exact as a u64.
        (((w - n).abs() - 0.5).abs() > 1e-6).then_some(n as u64)
    }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(mut n) = self.units() else {
            let Fixed(v, decimals) = *self;
            return write!(f, "{v:.decimals$}");
        };
        // Digits written from the last: at most ten of the number, a point, and padding zeros.
        let mut buf = [0u8; 24];
        let mut at = buf.len();
        let mut places = 0;
        loop {
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
            places += 1;
            if places == self.1 {
                at -= 1;
                buf[at] = b'.';
            }
            if n == 0 && places > self.1 {
                break;
            }
        }
        // Only ASCII digits and a point were written.
        f.write_str(std::str::from_utf8(&buf[at..]).map_err(|_| fmt::Error)?)
    }
}

#[cfg(test)]
mod tests {
    use super::Fixed;

    /// `Fixed` shows what the formatter shows, on seeded random values of every scale and bit
    /// pattern, decimal and binary ties, and values it leaves to the formatter.
    #[test]
    fn fixed_as_the_formatter() {
        let mut rng = crate::Xorshift::seeded(0x9e37_79b9_7f4a_7c15);
        let mut values = vec![
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            1.005,
            2.675,
            0.045,
            9.995,
            99.995,
            999_999.999,
            1e6,
            1e7,
            -1.25,
            -0.001,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            5e-324,
        ];
        for _ in 0..400_000 {
            let r = rng.next();
            let unit = (r >> 11) as f64 / (1u64 << 53) as f64;
            values.push(match r % 7 {
                0 => unit,
                1 => unit * 100.0,
                2 => unit * 1e6,
                3 => f64::from_bits(rng.next()),
                // Binary fractions: many exact ties.
                4 => (rng.below(1 << 20) as f64) / f64::from(1u32 << rng.below(12)),
                // Decimals that end in 5 one place past those shown.
                5 => (rng.below(10_000_000) as f64 * 10.0 + 5.0) / 10f64.powi(rng.below(5) as i32),
                _ => (rng.below(1_000_000) as f64) / 100.0,
            });
        }
        for &v in &values {
            for decimals in 0..=4 {
                assert_eq!(
                    Fixed(v, decimals).to_string(),
                    format!("{v:.decimals$}"),
                    "{v:e} to {decimals}"
                );
            }
        }
    }
}
