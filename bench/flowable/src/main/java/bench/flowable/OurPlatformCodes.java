package bench.flowable;

/** Names both sides share without the Flowable side loading the platform's classes. */
final class OurPlatformCodes {

	/** A benchmark procedure (marked as such), not a code of the national catalogue. */
	static final String PROCEDURE = "9.990001";

	private OurPlatformCodes() {
	}
}
