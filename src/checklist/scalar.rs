//! The scalars a checklist writes its own way: yes/no (`yes`, `no`,
//! `true`, `false`), `when` values (a string, boolean or number), and whole
//! numbers read from any YAML integer, each with its JSON Schema.

use schemars::JsonSchema;
use serde::Deserialize;
use std::borrow::Cow;

/// A yes/no value as written in a checklist: `yes`, `no`, `true` or `false`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YesNo(pub bool);

impl<'de> Deserialize<'de> for YesNo {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Refused inside the visitor, so the error carries the value's place.
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = YesNo;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`yes` or `no`")
            }
            fn visit_bool<E>(self, v: bool) -> Result<YesNo, E> {
                Ok(YesNo(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<YesNo, E> {
                match v {
                    "yes" | "true" => Ok(YesNo(true)),
                    "no" | "false" => Ok(YesNo(false)),
                    other => Err(E::custom(format!(
                        "expected `yes` or `no`, found `{other}`"
                    ))),
                }
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for YesNo {
    fn schema_name() -> Cow<'static, str> {
        "YesNo".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "enum": ["yes", "no", true, false] })
    }
}

/// Whole numbers in a checklist (`schema`, `min`, `recommend`,
/// `wait_days`): any YAML integer, `7` as well as `!!int "7"`, within the
/// field's range; the message for anything else says what is expected.
pub(super) mod whole {
    use serde::Deserializer;
    use serde::de::{self, Visitor};
    use std::fmt;
    use std::marker::PhantomData;

    pub fn number<'de, D: Deserializer<'de>, T: TryFrom<i128> + Bounded>(
        d: D,
    ) -> Result<T, D::Error> {
        d.deserialize_any(Whole(PhantomData))
    }

    pub fn optional<'de, D: Deserializer<'de>, T: TryFrom<i128> + Bounded>(
        d: D,
    ) -> Result<Option<T>, D::Error> {
        d.deserialize_any(Whole(PhantomData)).map(Some)
    }

    /// The largest value of a field's type, for the message.
    pub trait Bounded {
        const MAX: u64;
    }
    impl Bounded for u32 {
        const MAX: u64 = u32::MAX as u64;
    }
    impl Bounded for usize {
        const MAX: u64 = usize::MAX as u64;
    }

    struct Whole<T>(PhantomData<T>);

    impl<T: TryFrom<i128> + Bounded> Whole<T> {
        fn within<E: de::Error>(v: i128) -> Result<T, E> {
            T::try_from(v).map_err(|_| {
                E::custom(format!(
                    "expected a whole number from 0 to {}, found {v}",
                    T::MAX
                ))
            })
        }
    }

    impl<T: TryFrom<i128> + Bounded> Visitor<'_> for Whole<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "a whole number from 0 to {}", T::MAX)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
            Self::within(i128::from(v))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
            Self::within(i128::from(v))
        }
        fn visit_i128<E: de::Error>(self, v: i128) -> Result<T, E> {
            Self::within(v)
        }
        fn visit_u128<E: de::Error>(self, v: u128) -> Result<T, E> {
            Self::within(i128::try_from(v).unwrap_or(i128::MAX))
        }
    }
}

/// A scalar written as a string, a boolean (`true` reads as `yes`) or a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scalar(pub String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string, `yes`/`no` or a number")
            }
            fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.to_owned()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar(if v { "yes" } else { "no" }.to_owned()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Scalar {
    fn schema_name() -> Cow<'static, str> {
        "Scalar".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": ["string", "boolean", "integer"] })
    }
}
