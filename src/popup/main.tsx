import { mountApp } from '../ui/mount';
import { PopupApp } from './PopupApp';
import './popup.css';

mountApp(PopupApp);
