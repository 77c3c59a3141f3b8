package org.policymonitor.alert.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** REST calls as the test users of the %test profile. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", "admin-pass").contentType(ContentType.JSON);
    }

    public static RequestSpecification asAnalyst() {
        return given().auth().preemptive().basic("analyst", "analyst-pass").contentType(ContentType.JSON);
    }

    /** Creates a subscription and returns its id. */
    public static long subscribe(String json) {
        return asAdmin().body(json).when().post("/api/subscriptions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
