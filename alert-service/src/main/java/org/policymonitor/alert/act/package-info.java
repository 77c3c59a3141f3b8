/**
 * Legal acts (decrees, laws, resolutions) recognised in item text in English, Russian and Belarusian and normalised
 * to one id each, so that stories and searches can match them. Plain Java; depends on nothing of the service.
 */
package org.policymonitor.alert.act;
