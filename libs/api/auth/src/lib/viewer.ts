/** The signed-in person as the API sees them on one request. */
export interface Viewer {
  id: string;
  siteRole: 'USER' | 'ADMIN';
}
