// Tests for this target go here.
