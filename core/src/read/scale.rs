//! The charts' scales: one per unit across a whole panel (the 40 killed of
//! one group is never drawn longer than the 274 of another), with round
//! ticks, as positions along a chart's track in whole percents. Integer
//! maths only: float formatting would cost the app about 10 KB of wasm.

use crate::dataset::model::{group_thousands, Figure, Unit};

/// The share of a track the axis spans, in percent: the rest keeps room
/// for an open-ended bar's dashed tail.
pub const AXIS_SPAN: u64 = 90;
/// Length of an open-ended bar's dashed tail, in percent of the track.
pub const TAIL: u64 = 9;

/// One unit's axis: from 0 to `top` in steps of `step`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    pub unit: Unit,
    /// The largest tick, at or above every value on the scale.
    pub top: u64,
    /// A round step: 1, 2 or 5 times a power of ten.
    pub step: u64,
}

impl Scale {
    /// The scale for values up to `max`: three round steps at most (four
    /// ticks, which a phone's narrow chart still labels apart), the top
    /// tick the first multiple of the step at or above `max` (at least 1).
    pub fn new(unit: Unit, max: u64) -> Scale {
        let max = max.max(1);
        let target = max.div_ceil(3);
        let mut power: u64 = 1;
        let step = loop {
            let found = [1, 2, 5]
                .into_iter()
                .filter_map(|m| power.checked_mul(m))
                .find(|&s| s >= target);
            match (found, power.checked_mul(10)) {
                (Some(s), _) => break s,
                (None, Some(p)) => power = p,
                (None, None) => break max,
            }
        };
        let top = max.div_ceil(step).saturating_mul(step);
        Scale { unit, top, step }
    }

    /// The ticks, 0 first, `top` last.
    pub fn ticks(&self) -> Vec<u64> {
        (0..=self.top / self.step).map(|k| k * self.step).collect()
    }

    /// The ticks as the axis prints them ("1,000").
    pub fn tick_labels(&self) -> Vec<String> {
        self.ticks().into_iter().map(group_thousands).collect()
    }

    /// Where `value` sits along the track, in whole percents (0 to
    /// `AXIS_SPAN`): a value above the top is drawn at the top.
    pub fn position(&self, value: u64) -> u64 {
        let at = u128::from(value.min(self.top)) * u128::from(AXIS_SPAN) / u128::from(self.top);
        at as u64
    }

    /// A bar's length: its position, at least 1 so it shows.
    pub fn bar(&self, value: u64) -> u64 {
        self.position(value).max(1)
    }
}

/// One scale per unit for the figures of `groups` (indices into
/// `figures`): the largest value of that unit among them sets it. Units in
/// the order they first appear; a unit with no value gets a scale to 1.
pub fn unit_scales(figures: &[Figure], groups: &[Vec<usize>]) -> Vec<Scale> {
    let mut maxima: Vec<(Unit, u64)> = Vec::new();
    for &m in groups.iter().flatten() {
        let f = &figures[m];
        let value = f.value.filter(|_| f.qualifier.has_value()).unwrap_or(0);
        match maxima.iter_mut().find(|(u, _)| *u == f.unit) {
            Some((_, max)) => *max = (*max).max(value),
            None => maxima.push((f.unit, value)),
        }
    }
    maxima
        .into_iter()
        .map(|(unit, max)| Scale::new(unit, max))
        .collect()
}

/// The scale of `unit` among `scales`, or one to 1 if it has none.
pub fn scale_of(scales: &[Scale], unit: Unit) -> Scale {
    scales
        .iter()
        .copied()
        .find(|s| s.unit == unit)
        .unwrap_or_else(|| Scale::new(unit, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn round_steps_cover_the_largest_value() {
        let s = Scale::new(Unit::Killed, 274);
        assert_eq!((s.top, s.step), (300, 100));
        assert_eq!(s.ticks(), vec![0, 100, 200, 300]);
        assert_eq!(Scale::new(Unit::Killed, 200).ticks(), vec![0, 100, 200]);
        assert_eq!(Scale::new(Unit::Killed, 40).ticks(), vec![0, 20, 40]);
        assert_eq!(Scale::new(Unit::Killed, 0).ticks(), vec![0, 1]);
        assert_eq!(Scale::new(Unit::Killed, 7).ticks(), vec![0, 5, 10]);
        assert_eq!(
            Scale::new(Unit::Killed, 3100).tick_labels(),
            ["0", "2,000", "4,000"]
        );
    }

    #[test]
    fn one_scale_per_unit_across_groups() {
        use crate::dataset::model::Qualifier;
        let figure = |value: u64, unit: Unit| {
            let id = format!("f{value}");
            crate::read::figures::tests::figure(&id, Some(value), Qualifier::Exact, unit)
        };
        let figures = vec![
            figure(133, Unit::Killed),
            figure(274, Unit::Killed),
            figure(40, Unit::Killed),
            figure(3, Unit::Wounded),
        ];
        let scales = unit_scales(&figures, &[vec![0, 1], vec![2, 3]]);
        let killed = scale_of(&scales, Unit::Killed);
        assert_eq!(killed.top, 300);
        // The 40 is drawn shorter than the 274, in another group.
        assert!(killed.bar(40) < killed.bar(274));
        assert_eq!(scale_of(&scales, Unit::Wounded).ticks(), vec![0, 1, 2, 3]);
    }

    proptest! {
        #[test]
        fn ticks_increase_from_zero_and_cover_the_max(max in 0u64..=u64::MAX / 2) {
            let s = Scale::new(Unit::Killed, max);
            let ticks = s.ticks();
            prop_assert_eq!(ticks[0], 0);
            prop_assert!(ticks.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(*ticks.last().unwrap() >= max);
            prop_assert!(ticks.len() <= 4, "{} ticks", ticks.len());
            prop_assert_eq!(s.position(max.max(1)) <= AXIS_SPAN, true);
            prop_assert_eq!(s.position(s.top), AXIS_SPAN);
        }

        #[test]
        fn positions_keep_the_values_order(a in 0u64..1_000_000, b in 0u64..1_000_000) {
            let s = Scale::new(Unit::Killed, a.max(b));
            if a <= b {
                prop_assert!(s.position(a) <= s.position(b));
            }
        }
    }
}
