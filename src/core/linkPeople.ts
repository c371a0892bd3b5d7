/** Document-level linking of people and organizations (mentions → entities). */
export { linkPeople, type LinkedPerson } from './people/link';
export { linkOrganizations } from './organizations/link';
