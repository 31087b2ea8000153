package org.thongsuot.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationTests {

	@Test
	void onePartialStepMakesThePathPartial() {
		assertThat(Relation.FULL.then(Relation.PARTIAL)).isEqualTo(Relation.PARTIAL);
		assertThat(Relation.PARTIAL.then(Relation.RETYPED)).isEqualTo(Relation.PARTIAL);
	}

	@Test
	void aMergeFollowedByARetypingIsStillAMerge() {
		assertThat(Relation.FULL.then(Relation.RETYPED)).isEqualTo(Relation.FULL);
		assertThat(Relation.UNCHANGED.then(Relation.RETYPED)).isEqualTo(Relation.RETYPED);
		assertThat(Relation.UNCHANGED.then(Relation.UNCHANGED)).isEqualTo(Relation.UNCHANGED);
	}

	@Test
	void levelsAreReadFromTheCodesLength() {
		assertThat(Level.ofCode("68")).contains(Level.PROVINCE);
		assertThat(Level.ofCode("001")).contains(Level.DISTRICT);
		assertThat(Level.ofCode("25270")).contains(Level.COMMUNE);
		assertThat(Level.ofCode("2527")).isEmpty();
		assertThat(Level.ofCode("6a")).isEmpty();
		assertThat(Level.ofCode(null)).isEmpty();
	}
}
