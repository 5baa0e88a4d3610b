//! The values that cross the seam: what a parameter is and what a column holds, the same on
//! both backends (integers are 64-bit, times epoch seconds, money minor units, words text).

use anyhow::Context as _;

/// One SQL value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Integer(i64),
    Text(String),
    Blob(Vec<u8>),
}

/// Turns a Rust value into a parameter.
pub trait ToValue {
    fn to_value(&self) -> Value;
}

/// Reads a Rust value out of a column.
pub trait FromValue: Sized {
    /// # Errors
    /// When the column holds another type (or NULL where a value is required).
    fn from_value(value: &Value) -> anyhow::Result<Self>;
}

/// One row of a result, owned: a backend's row borrows its statement, and the seam's rows must
/// outlive it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Row {
    values: Vec<Value>,
}

impl Row {
    #[must_use]
    pub fn new(values: Vec<Value>) -> Self {
        Self { values }
    }

    /// A text column, borrowed.
    ///
    /// # Errors
    /// When there is no such column or it holds no text.
    pub fn text(&self, index: usize) -> anyhow::Result<&str> {
        match self.values.get(index) {
            Some(Value::Text(text)) => Ok(text),
            other => anyhow::bail!("column {index}: expected text, found {other:?}"),
        }
    }

    /// The column at `index`, as `T`.
    ///
    /// # Errors
    /// When there is no such column or it holds another type.
    pub fn get<T: FromValue>(&self, index: usize) -> anyhow::Result<T> {
        let value = self.values.get(index).with_context(|| format!("the row has no column {index}"))?;
        T::from_value(value).with_context(|| format!("column {index}"))
    }
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}

impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}

impl ToValue for i64 {
    fn to_value(&self) -> Value {
        Value::Integer(*self)
    }
}

macro_rules! small_integer {
    ($($int:ty),+) => {$(
        impl ToValue for $int {
            fn to_value(&self) -> Value {
                Value::Integer(i64::from(*self))
            }
        }

        impl FromValue for $int {
            fn from_value(value: &Value) -> anyhow::Result<Self> {
                Ok(<$int>::try_from(i64::from_value(value)?)?)
            }
        }
    )+};
}

small_integer!(i32, u32, u16, u8);

impl ToValue for usize {
    fn to_value(&self) -> Value {
        // No count the store passes comes near 2^63.
        Value::Integer(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}

impl ToValue for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_owned())
    }
}

impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}

impl ToValue for [u8] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}

impl ToValue for Vec<u8> {
    fn to_value(&self) -> Value {
        Value::Blob(self.clone())
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: &Value) -> anyhow::Result<Self> {
        match value {
            Value::Null => Ok(None),
            other => T::from_value(other).map(Some),
        }
    }
}

impl FromValue for Value {
    fn from_value(value: &Value) -> anyhow::Result<Self> {
        Ok(value.clone())
    }
}

impl FromValue for i64 {
    fn from_value(value: &Value) -> anyhow::Result<Self> {
        match value {
            Value::Integer(number) => Ok(*number),
            other => anyhow::bail!("expected an integer, found {other:?}"),
        }
    }
}

impl FromValue for usize {
    fn from_value(value: &Value) -> anyhow::Result<Self> {
        Ok(usize::try_from(i64::from_value(value)?)?)
    }
}

impl FromValue for bool {
    fn from_value(value: &Value) -> anyhow::Result<Self> {
        Ok(i64::from_value(value)? != 0)
    }
}

impl FromValue for String {
    fn from_value(value: &Value) -> anyhow::Result<Self> {
        match value {
            Value::Text(text) => Ok(text.clone()),
            other => anyhow::bail!("expected text, found {other:?}"),
        }
    }
}

impl FromValue for Vec<u8> {
    fn from_value(value: &Value) -> anyhow::Result<Self> {
        match value {
            Value::Blob(bytes) => Ok(bytes.clone()),
            other => anyhow::bail!("expected bytes, found {other:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_null_reads_as_none_and_a_value_of_another_type_is_refused() {
        let row = Row::new(vec![Value::Null, Value::Integer(7), Value::Text("held".into())]);
        assert_eq!(row.get::<Option<i64>>(0).unwrap(), None);
        assert_eq!(row.get::<Option<i64>>(1).unwrap(), Some(7));
        assert!(row.get::<i64>(0).is_err(), "NULL where a number is required");
        assert!(row.get::<i64>(2).is_err(), "text where a number is required");
        assert!(row.get::<String>(3).is_err(), "no such column");
    }
}
