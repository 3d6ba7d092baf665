package org.fraudlink.platform.idempotency;

/** The first answer to a request made with an idempotency key, kept to replay it. */
record StoredResponse(String requestHash, int status, String body, String location) {
}
